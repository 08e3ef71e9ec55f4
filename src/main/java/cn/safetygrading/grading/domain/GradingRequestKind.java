package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * What a grading an official starts by hand is ({@code grading_request.kind}; the name is the stored code): a
 * department diagnosis (trigger {@code DEPARTMENT}) or a regrading in which the enterprise self-assesses again
 * (trigger {@code APPLICATION}).
 */
public enum GradingRequestKind {
    DIAGNOSIS("DEPARTMENT"),
    REGRADING("APPLICATION");

    private final String trigger;

    GradingRequestKind(String trigger) {
        this.trigger = trigger;
    }

    /** The stored and JSON form. */
    public String code() {
        return name();
    }

    /** The grading-cycle trigger a request of this kind starts. */
    public String trigger() {
        return trigger;
    }

    /** The grading bundle's label: 部门诊断定级 … */
    public String labelKey() {
        return "gradingRequest.kind." + name();
    }

    /** The kind of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<GradingRequestKind> of(String code) {
        return Codes.of(GradingRequestKind.class, code);
    }
}
