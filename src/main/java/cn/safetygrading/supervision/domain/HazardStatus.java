package cn.safetygrading.supervision.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;

/**
 * How a reported hazard stands ({@code hazard.status}, V13): being rectified, awaiting verification, or closed (销号).
 * Stored and written in JSON by its code, the name.
 */
public enum HazardStatus {
    RECTIFYING,
    AWAITING_VERIFICATION,
    CLOSED;

    /** The stored form: "RECTIFYING", "AWAITING_VERIFICATION", "CLOSED". */
    public String code() {
        return name();
    }

    /** The bundle's label key: hazard.status.&lt;code&gt;. */
    public String labelKey() {
        return "hazard.status." + name();
    }

    /** Whether a stored code (or null) is this one. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The value of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<HazardStatus> of(String code) {
        return Codes.of(HazardStatus.class, code);
    }

    /** All codes in declaration order. */
    public static List<String> codes() {
        return Codes.all(HazardStatus.class);
    }
}
