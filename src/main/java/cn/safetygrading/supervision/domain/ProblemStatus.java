package cn.safetygrading.supervision.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;

/**
 * How a grid problem stands ({@code supervision_problem.status}, V28): open (being handled, also after an escalation
 * or a reopening), resolved (awaiting verification) or closed. Stored and shown by its code, the name.
 */
public enum ProblemStatus {
    OPEN,
    RESOLVED,
    CLOSED;

    /** The stored form: "OPEN", "RESOLVED", "CLOSED". */
    public String code() {
        return name();
    }

    /** The bundle's label key: problem.status.&lt;code&gt;. */
    public String labelKey() {
        return "problem.status." + name();
    }

    /** Whether a stored code (or null) is this one. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The value of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<ProblemStatus> of(String code) {
        return Codes.of(ProblemStatus.class, code);
    }

    /** All codes in declaration order. */
    public static List<String> codes() {
        return Codes.all(ProblemStatus.class);
    }
}
