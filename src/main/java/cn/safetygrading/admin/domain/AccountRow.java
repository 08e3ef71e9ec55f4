package cn.safetygrading.admin.domain;

import java.time.OffsetDateTime;

/** An account as the administrators' list shows it (roles come from the identity groups). */
public record AccountRow(
        String userId,
        String displayName,
        String regionCode,
        String department,
        String uscc,
        OffsetDateTime disabledAt) {

    public boolean disabled() {
        return disabledAt != null;
    }
}
