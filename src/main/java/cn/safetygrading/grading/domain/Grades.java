package cn.safetygrading.grading.domain;

import cn.safetygrading.ledger.domain.Grade;
import java.util.Arrays;
import java.util.List;

/** The management grades as the processes carry them, codes of {@link Grade}: A (best) … D (worst). */
public final class Grades {

    public static final List<String> ALL =
            Arrays.stream(Grade.values()).map(Grade::code).toList();

    private Grades() {}

    public static boolean isGrade(String value) {
        return Grade.of(value).isPresent();
    }

    /** True when {@code next} is worse than {@code previous}; a first grading is never a downgrade. */
    public static boolean isDowngrade(String previous, String next) {
        return Grade.of(previous)
                .flatMap(p -> Grade.of(next).map(n -> n.worseThan(p)))
                .orElse(false);
    }

    public static String require(String value, String what) {
        if (!isGrade(value)) {
            throw new IllegalArgumentException(what + " must be one of A, B, C, D, not '" + value + "'");
        }
        return value;
    }
}
