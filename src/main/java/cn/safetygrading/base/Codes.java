package cn.safetygrading.base;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stored codes of the enums at the boundary (statuses, steps, levels): each constant's name is its code in the
 * database, the processes and JSON. One reading of a code, exact (no trimming, no case folding), for all of them.
 */
public final class Codes {

    private Codes() {}

    /** The constant named exactly {@code code}; empty for null or anything else. */
    public static <E extends Enum<E>> Optional<E> of(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(code))
                .findFirst();
    }

    /** All codes of the enum, in declaration order. */
    public static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
