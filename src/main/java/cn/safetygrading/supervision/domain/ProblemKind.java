package cn.safetygrading.supervision.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;

/**
 * The kind of a grid problem ({@code supervision_problem.kind}, V28), in the order a reporter chooses it. Stored and
 * carried in process variables by its code, the name.
 */
public enum ProblemKind {
    MAJOR_HAZARD,
    VIOLATION,
    PRINCIPAL_NEGLECT,
    ENTERPRISE_REPORT,
    OTHER;

    /** The stored form: "MAJOR_HAZARD", "VIOLATION", "PRINCIPAL_NEGLECT", "ENTERPRISE_REPORT", "OTHER". */
    public String code() {
        return name();
    }

    /** The bundle's label key: problem.kind.&lt;code&gt;. */
    public String labelKey() {
        return "problem.kind." + name();
    }

    /** Whether a stored code (or null) is this one. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The value of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<ProblemKind> of(String code) {
        return Codes.of(ProblemKind.class, code);
    }

    /** All codes in declaration order. */
    public static List<String> codes() {
        return Codes.all(ProblemKind.class);
    }
}
