package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;

/**
 * A grading an official started by hand: a department diagnosis ({@code DIAGNOSIS}, trigger
 * DEPARTMENT) or a regrading ({@code REGRADING}, trigger APPLICATION: the enterprise self-assesses
 * again), from the enterprise file ({@code FILE}) or a campaign's look-back ({@code LOOK_BACK}), with
 * the department that diagnoses, the reason, who and when, and the grading-cycle it started.
 */
public record GradingRequest(
        String id,
        String uscc,
        GradingRequestKind kind,
        GradingRequestOrigin origin,
        String campaignId,
        String department,
        String reason,
        String requestedBy,
        OffsetDateTime requestedAt,
        String processInstanceId) {

    /** The grading-cycle trigger this request starts. */
    public String trigger() {
        return kind.trigger();
    }
}
