package cn.safetygrading.ledger.domain;

import java.util.Optional;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y}; the 18th is a check character over the first 17.
 */
public final class Uscc {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private Uscc() {}

    /** What is wrong with a code: {@code position} is 1-based, 0 when the whole code is at fault. */
    public record Problem(int position, String messageKey, String detail) {}

    /** Empty when the code is valid. Lower-case letters are not accepted (the standard uses capitals). */
    public static Optional<Problem> check(String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(new Problem(0, "uscc.empty", ""));
        }
        if (code.length() != LENGTH) {
            return Optional.of(new Problem(0, "uscc.length", String.valueOf(code.length())));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(new Problem(i + 1, "uscc.character", String.valueOf(code.charAt(i))));
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(new Problem(18, "uscc.checksum", String.valueOf(expected)));
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The check character for the first 17 characters (which must be from the alphabet). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Appends the check character. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
