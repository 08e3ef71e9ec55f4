package cn.safetygrading.supervision.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;

/**
 * The state of an inspection ({@code inspection.status}, V14): drawn and planned, or done. Stored by its code, the
 * name; the mapper's SQL writes and filters the codes itself.
 */
public enum InspectionStatus {
    PLANNED,
    DONE;

    /** The stored form: "PLANNED", "DONE". */
    public String code() {
        return name();
    }

    /** Whether a stored code (or null) is this one. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The value of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<InspectionStatus> of(String code) {
        return Codes.of(InspectionStatus.class, code);
    }

    /** All codes in declaration order. */
    public static List<String> codes() {
        return Codes.all(InspectionStatus.class);
    }
}
