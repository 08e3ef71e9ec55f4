package cn.safetygrading.forms.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reading one typed property of a form-js component, failing with the component's name when it has another type. */
final class JsonFields {

    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private JsonFields() {}

    static String string(JsonNode n, String field, ParseSite c) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw c.fail("\"" + field + "\" must be a string, not " + v);
        }
        return v.textValue();
    }

    /** Labels and descriptions: plain strings only (form-js also allows FEEL and templates there). */
    static String plainText(JsonNode n, String field, ParseSite c) {
        String s = string(n, field, c);
        if (s != null && (s.startsWith("=") || s.contains("{{"))) {
            throw c.fail("an expression or template in \"" + field + "\" is not supported");
        }
        return s;
    }

    static boolean flag(JsonNode n, String field, boolean absent, ParseSite c) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isBoolean()) {
            throw c.fail("\"" + field + "\" must be true or false"
                    + (v.isTextual() ? " (expressions are not supported)" : "") + ", not " + v);
        }
        return v.booleanValue();
    }

    static BigDecimal number(JsonNode v, String field, ParseSite c) {
        if (v == null || v.isNull() || v.isTextual() && v.textValue().isBlank()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.textValue().trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw c.fail("\"" + field + "\" must be a number, not " + v);
    }

    static Integer length(JsonNode v, String field, ParseSite c) {
        BigDecimal n = number(v, field, c);
        if (n == null) {
            return null;
        }
        if (n.signum() < 0 || !FormValues.isIntegral(n) || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw c.fail("\"" + field + "\" must be a whole number ≥ 0");
        }
        return n.intValue();
    }

    static void checkDotted(String dotted, String field, ParseSite c) {
        for (String segment : dotted.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw c.fail("\"" + field + "\" '" + dotted
                        + "' is not a variable name (letters, digits, _ and $, dots between)");
            }
        }
    }

    static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
