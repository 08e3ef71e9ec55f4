package cn.safetygrading.notice.domain;

import java.time.OffsetDateTime;

/** A row of the public list: what anyone may read, nothing more. */
public record PublicNotice(
        String id,
        String enterpriseName,
        String uscc,
        String regionName,
        String grade,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt) {}
