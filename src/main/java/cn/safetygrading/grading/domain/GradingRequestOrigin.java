package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * Where a grading request was made ({@code grading_request.origin}; the name is the stored code): the enterprise
 * file or a campaign's look-back.
 */
public enum GradingRequestOrigin {
    FILE,
    LOOK_BACK;

    /** The stored and JSON form. */
    public String code() {
        return name();
    }

    /** The origin of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<GradingRequestOrigin> of(String code) {
        return Codes.of(GradingRequestOrigin.class, code);
    }
}
