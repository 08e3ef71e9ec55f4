package cn.safetygrading.supervision.domain;

import cn.safetygrading.base.Codes;
import java.util.List;
import java.util.Optional;

/**
 * The level of a reported hazard ({@code hazard.level}, V13): general (一般隐患) or major (重大事故隐患). Stored and
 * written in JSON by its code, the name.
 */
public enum HazardLevel {
    GENERAL,
    MAJOR;

    /** The stored form: "GENERAL", "MAJOR". */
    public String code() {
        return name();
    }

    /** The bundle's label key: hazard.level.&lt;code&gt;. */
    public String labelKey() {
        return "hazard.level." + name();
    }

    /** Whether a stored code (or null) is this one. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The value of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<HazardLevel> of(String code) {
        return Codes.of(HazardLevel.class, code);
    }

    /** All codes in declaration order. */
    public static List<String> codes() {
        return Codes.all(HazardLevel.class);
    }
}
