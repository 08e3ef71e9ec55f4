package cn.safetygrading.document.domain;

import java.time.OffsetDateTime;

/** One enterprise on a campaign's published list (公示). */
public record ListedNotice(
        String noticeId,
        String enterpriseName,
        String uscc,
        String regionName,
        String grade,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt) {}
