package cn.safetygrading.supervision.domain;

import java.time.OffsetDateTime;

/** A listed (挂牌督办) major hazard as the public sees it: who, what, the deadline and where it stands. */
public record PublicHazard(
        String enterpriseName,
        String regionName,
        String title,
        OffsetDateTime deadline,
        String status,
        boolean overdue,
        OffsetDateTime verifiedAt) {}
