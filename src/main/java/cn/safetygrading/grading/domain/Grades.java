package cn.safetygrading.grading.domain;

import java.util.List;

/** The management grades A (best) … D (worst). */
public final class Grades {

    public static final List<String> ALL = List.of("A", "B", "C", "D");

    private Grades() {}

    public static boolean isGrade(String value) {
        return value != null && ALL.contains(value);
    }

    /** True when {@code next} is worse than {@code previous}; a first grading is never a downgrade. */
    public static boolean isDowngrade(String previous, String next) {
        return isGrade(previous) && isGrade(next) && ALL.indexOf(next) > ALL.indexOf(previous);
    }

    public static String require(String value, String what) {
        if (!isGrade(value)) {
            throw new IllegalArgumentException(what + " must be one of A, B, C, D, not '" + value + "'");
        }
        return value;
    }
}
