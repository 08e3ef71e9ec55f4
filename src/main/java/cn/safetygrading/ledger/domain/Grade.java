package cn.safetygrading.ledger.domain;

import java.util.Optional;

/**
 * The safety-management grade of an enterprise (domain §4): A (best) … D (worst). Stored, carried in process
 * variables, decided by the DMN tables and written in JSON by its code, the name ("A" … "D").
 */
public enum Grade {
    A,
    B,
    C,
    D;

    /** The stored and JSON form: "A" … "D". */
    public String code() {
        return name();
    }

    /** Whether a stored code ("A" … "D" or null) is this grade. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** Whether this grade is worse than {@code other} (D is worse than C). */
    public boolean worseThan(Grade other) {
        return compareTo(other) > 0;
    }

    /** The grade of a stored code, exactly "A" … "D"; empty for null or anything else. */
    public static Optional<Grade> of(String code) {
        if (code == null || code.length() != 1) {
            return Optional.empty();
        }
        return switch (code) {
            case "A" -> Optional.of(A);
            case "B" -> Optional.of(B);
            case "C" -> Optional.of(C);
            case "D" -> Optional.of(D);
            default -> Optional.empty();
        };
    }
}
