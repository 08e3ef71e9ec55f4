package cn.safetygrading.grading.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What a manager states to launch a campaign. */
public record NewCampaign(
        String name,
        String regionCode,
        int year,
        OffsetDateTime selfAssessmentDue,
        OffsetDateTime reviewDue,
        OffsetDateTime spotCheckDue,
        OffsetDateTime closesAt,
        BigDecimal spotCheckRatio,
        String noticePeriod) {}
