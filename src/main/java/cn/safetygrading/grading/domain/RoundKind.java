package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/** Which decision a round of a case records ({@code grading_round.kind}); the name is the stored code. */
public enum RoundKind {
    SELF_ASSESSMENT,
    DEPARTMENT_DIAGNOSIS,
    PRELIMINARY_REVIEW,
    SPOT_CHECK,
    OBJECTION_REVIEW;

    /** The stored and JSON form. */
    public String code() {
        return name();
    }

    /** The inbox bundle's label: 企业自评 … */
    public String labelKey() {
        return "round." + name();
    }

    /** The kind of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<RoundKind> of(String code) {
        return Codes.of(RoundKind.class, code);
    }
}
