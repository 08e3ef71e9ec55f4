package cn.safetygrading.ledger.domain;

import java.util.Optional;

/**
 * The class of an enterprise (domain §3): Ⅰ (重点监管) or Ⅱ (一般监管). Stored, carried in process
 * variables and written in JSON by its code, the name: {@code "I"} or {@code "II"} (decision
 * {@code enterprise-class}, the API contract). People read it as Ⅰ/Ⅱ (U+2160/U+2161): the annex's
 * cell ({@link #numeral()}), or a sentence of the bundles ({@link #labelKey()}, {@link #shortKey()}).
 */
public enum EnterpriseClass {
    I("Ⅰ"),
    II("Ⅱ");

    private final String numeral;

    EnterpriseClass(String numeral) {
        this.numeral = numeral;
    }

    /** The stored and JSON form: "I" or "II". */
    public String code() {
        return name();
    }

    /** The Roman numeral the annex writes: Ⅰ or Ⅱ. */
    public String numeral() {
        return numeral;
    }

    /** The messages bundle's label: Ⅰ类（重点监管）. */
    public String labelKey() {
        return "class." + name();
    }

    /** The ledger bundle's short label: Ⅰ类. */
    public String shortKey() {
        return "ledger.classShort." + name();
    }

    /** Whether a stored code ("I", "II" or null) is this class. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The class of a stored code, exactly "I" or "II"; empty for null or anything else. */
    public static Optional<EnterpriseClass> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code) {
            case "I" -> Optional.of(I);
            case "II" -> Optional.of(II);
            default -> Optional.empty();
        };
    }

    /** The class as people write it in a ledger cell: Ⅰ/Ⅱ, I/II, 1/2 or 一/二, with or without 类. */
    public static Optional<EnterpriseClass> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String c = written.replace("类", "").replace("一", "1").replace("二", "2").strip();
        return switch (c) {
            case "Ⅰ", "I", "1" -> Optional.of(I);
            case "Ⅱ", "II", "2" -> Optional.of(II);
            default -> Optional.empty();
        };
    }

    /** The numeral of a stored code, empty text when there is none (an unclassified enterprise). */
    public static String numeralOf(String code) {
        return of(code).map(EnterpriseClass::numeral).orElse("");
    }
}
