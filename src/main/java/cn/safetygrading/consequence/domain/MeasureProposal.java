package cn.safetygrading.consequence.domain;

import java.time.OffsetDateTime;

/** An open proposal of measures: the enterprise, its grade and why (GRADE_D or CONSECUTIVE_LOW). */
public record MeasureProposal(
        Long id,
        String uscc,
        String enterpriseName,
        String regionName,
        String grade,
        String reason,
        OffsetDateTime proposedAt) {}
