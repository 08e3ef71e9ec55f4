package cn.safetygrading.inbox.ui.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a component. Absent rules are {@code null}. {@code pattern} must
 * match the whole value (it is anchored, unlike form-js's {@code RegExp.test}).
 */
public record Validation(boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
                         Pattern pattern) {

    public static final Validation NONE = new Validation(false, null, null, null, null, null);
}
