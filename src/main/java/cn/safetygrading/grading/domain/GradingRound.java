package cn.safetygrading.grading.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One submission, review, verification or objection decision of a case; every round is kept. */
public record GradingRound(
        Long id,
        String caseId,
        RoundKind kind,
        int round,
        String actor,
        OffsetDateTime decidedAt,
        RoundOutcome outcome,
        String grade,
        BigDecimal score,
        String comment,
        String details,
        String taskId) {}
