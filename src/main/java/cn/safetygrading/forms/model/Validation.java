package cn.safetygrading.forms.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a component. Absent rules are {@code null}. {@code pattern} must
 * match the whole value (it is anchored, unlike form-js's {@code RegExp.test}).
 */
public record Validation(
        boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, Pattern pattern)
        implements Serializable {

    public static final Validation NONE = new Validation(false, null, null, null, null, null);

    /** Equal rules; patterns compare by their source (Pattern itself compares by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Validation v
                && required == v.required
                && Objects.equals(min, v.min)
                && Objects.equals(max, v.max)
                && Objects.equals(minLength, v.minLength)
                && Objects.equals(maxLength, v.maxLength)
                && Objects.equals(patternSource(), v.patternSource());
    }

    @Override
    public int hashCode() {
        return Objects.hash(required, min, max, minLength, maxLength, patternSource());
    }

    private String patternSource() {
        return pattern == null ? null : pattern.pattern();
    }
}
