package cn.safetygrading.forms.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValueContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Conversions between process variable values and the values of Vaadin fields, both ways. */
final class FieldValues {

    private FieldValues() {}

    /** The field is empty because its input could not be parsed (not because nothing was typed). */
    static boolean unparsed(AbstractField<?, ?> field) {
        @SuppressWarnings("unchecked")
        HasValidator<Object> validating = (HasValidator<Object>) field;
        return field.getValue() == null
                && validating
                        .getDefaultValidator()
                        .apply(null, new ValueContext(field))
                        .isError();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A Long when the field allows no decimals and the value is whole; a Double otherwise. */
    static Object submitted(Double value, Integer decimalDigits) {
        if (value == null) {
            return null;
        }
        if (decimalDigits != null
                && decimalDigits == 0
                && !value.isInfinite()
                && value == Math.rint(value)
                && Math.abs(value) < 9.0e15) {
            return value.longValue();
        }
        return value;
    }

    /** The day of a date or time value, in {@code zone} where the value is an instant; null when it is none. */
    static LocalDate date(Object value, ZoneId zone) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (value instanceof OffsetDateTime d) {
            return d.atZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof ZonedDateTime d) {
            return d.withZoneSameInstant(zone).toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
