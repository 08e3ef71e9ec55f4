package cn.safetygrading.grading.domain;

import java.util.Arrays;
import java.util.Optional;

/** Reads a stored code into the grading enum whose constant has exactly that name. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> Optional<E> of(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(code))
                .findFirst();
    }
}
