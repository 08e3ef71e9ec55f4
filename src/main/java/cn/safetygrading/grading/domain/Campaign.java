package cn.safetygrading.grading.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A grading campaign of one region and year. {@code seed} makes every spot-check sample reproducible. */
public record Campaign(
        String id,
        String name,
        String regionCode,
        int year,
        OffsetDateTime selfAssessmentDue,
        OffsetDateTime reviewDue,
        OffsetDateTime spotCheckDue,
        OffsetDateTime closesAt,
        BigDecimal spotCheckRatio,
        String noticePeriod,
        long seed,
        CampaignStatus status,
        int total,
        int started,
        String launchedBy,
        OffsetDateTime launchedAt,
        OffsetDateTime closedAt,
        String summary,
        String processInstanceId) {}
