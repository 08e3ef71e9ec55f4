package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * What a round decided ({@code grading_round.outcome}); the name is the stored code. {@code RETURN} and
 * {@code APPROVE} are also the preliminary review's {@code reviewDecision} (form value, process variable and
 * {@code grading_case.review_decision}).
 */
public enum RoundOutcome {
    SUBMITTED,
    RETURN,
    APPROVE,
    VERIFIED,
    FALSIFIED,
    UPHELD,
    DISMISSED;

    /** The stored and JSON form. */
    public String code() {
        return name();
    }

    /** The grading bundle's label: 已提交 … */
    public String labelKey() {
        return "round.outcome." + name();
    }

    /** The outcome of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<RoundOutcome> of(String code) {
        return Codes.of(RoundOutcome.class, code);
    }
}
