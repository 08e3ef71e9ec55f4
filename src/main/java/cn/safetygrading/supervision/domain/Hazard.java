package cn.safetygrading.supervision.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A hazard an enterprise reported (隐患), its rectification and its verification. */
public record Hazard(
        String id,
        String uscc,
        String level,
        String title,
        String description,
        String location,
        LocalDate foundOn,
        String plan,
        OffsetDateTime deadline,
        String status,
        boolean listed,
        boolean overdue,
        String reportedBy,
        OffsetDateTime reportedAt,
        String rectification,
        OffsetDateTime rectifiedAt,
        String verifiedBy,
        OffsetDateTime verifiedAt,
        String verification,
        int rounds,
        String processInstanceId) {

    public static final String GENERAL = HazardLevel.GENERAL.code();
    public static final String MAJOR = HazardLevel.MAJOR.code();

    public boolean major() {
        return HazardLevel.MAJOR.is(level);
    }

    public boolean closed() {
        return HazardStatus.CLOSED.is(status);
    }
}
