package cn.safetygrading.notice.domain;

import java.time.OffsetDateTime;

/** One enterprise's proposed grade on the public notice list, for a period. */
public record Notice(
        String id,
        String caseId,
        String uscc,
        String grade,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String status) {}
