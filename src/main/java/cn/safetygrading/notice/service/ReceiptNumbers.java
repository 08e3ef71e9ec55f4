package cn.safetygrading.notice.service;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt numbers of objections: twelve characters drawn by {@link SecureRandom} from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V), written in three groups of four
 * ({@code K7QH-3XDA-RM9W}) so that they can be read out over the phone. 22^12, about 2^53 numbers: a receipt
 * cannot be guessed from another, from the date, or by trying numbers one after the other.
 */
public final class ReceiptNumbers {

    static final String ALPHABET = "ACDEFGHJKMNPQRTWXY3479";
    static final int LENGTH = 12;
    private static final int GROUP = 4;

    private final SecureRandom random = new SecureRandom();

    /** A fresh receipt number, e.g. {@code K7QH-3XDA-RM9W}. */
    public String next() {
        StringBuilder s = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /**
     * The receipt number as stored, from what someone typed: case, spaces and dashes do not matter.
     * Numbers of the earlier format ({@code YY} + date + six digits) are kept as typed, upper-cased.
     * Empty if it cannot be a receipt number at all.
     */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().toUpperCase(Locale.ROOT);
        String compact = s.replaceAll("[\\s-]", "");
        if (compact.length() == LENGTH && compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.of(compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8));
        }
        if (compact.matches("YY\\d{14}")) {
            return Optional.of(compact);
        }
        return Optional.empty();
    }
}
