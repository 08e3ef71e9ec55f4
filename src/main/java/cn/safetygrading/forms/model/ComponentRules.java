package cn.safetygrading.forms.model;

import static cn.safetygrading.forms.model.JsonFields.flag;
import static cn.safetygrading.forms.model.JsonFields.isIsoDate;
import static cn.safetygrading.forms.model.JsonFields.length;
import static cn.safetygrading.forms.model.JsonFields.number;
import static cn.safetygrading.forms.model.JsonFields.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The parts of a component that say what a value may be: options, validate, conditional, defaultValue. */
final class ComponentRules {

    private static final Set<String> VALIDATE_RULES =
            Set.of("required", "min", "max", "minLength", "maxLength", "pattern");

    private ComponentRules() {}

    static List<Option> options(JsonNode n, ParseSite c) {
        JsonNode values = n.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw c.fail("a " + c.type() + " needs static \"values\" (label and value)");
        }
        List<Option> options = new ArrayList<>();
        for (JsonNode v : values) {
            JsonNode value = v.get("value");
            if (value == null || !(value.isTextual() || value.isNumber() || value.isBoolean())) {
                throw c.fail("every option needs a string, number or boolean \"value\": " + v);
            }
            Object javaValue = FormValues.fromJson(value);
            if (options.stream().anyMatch(o -> FormValues.sameValue(o.value(), javaValue))) {
                throw c.fail("the option value " + value + " is listed twice");
            }
            String label = v.path("label").isTextual() ? v.get("label").textValue() : String.valueOf(javaValue);
            options.add(new Option(label, javaValue));
        }
        return options;
    }

    static Validation validation(JsonNode n, ComponentType type, ParseSite c) {
        JsonNode v = n.get("validate");
        if (v == null || v.isNull()) {
            return Validation.NONE;
        }
        if (!v.isObject()) {
            throw c.fail("\"validate\" must be an object");
        }
        if (!type.isInput() && !v.isEmpty()) {
            throw c.fail("a " + c.type() + " has no value to validate");
        }
        v.fieldNames().forEachRemaining(rule -> {
            if (!VALIDATE_RULES.contains(rule)) {
                throw c.fail("validate." + rule + " is not supported; supported: "
                        + String.join(", ", VALIDATE_RULES.stream().sorted().toList()));
            }
        });
        boolean text = type == ComponentType.TEXTFIELD || type == ComponentType.TEXTAREA;
        boolean required = flag(v, "required", false, c);
        BigDecimal min =
                applies(number(v.get("min"), "validate.min", c), type == ComponentType.NUMBER, "validate.min", c);
        BigDecimal max =
                applies(number(v.get("max"), "validate.max", c), type == ComponentType.NUMBER, "validate.max", c);
        Integer minLength = applies(length(v.get("minLength"), "validate.minLength", c), text, "validate.minLength", c);
        Integer maxLength = applies(length(v.get("maxLength"), "validate.maxLength", c), text, "validate.maxLength", c);
        String regex = applies(string(v, "pattern", c), text, "validate.pattern", c);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw c.fail("validate.min is greater than validate.max");
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw c.fail("validate.minLength is greater than validate.maxLength");
        }
        Pattern pattern = null;
        if (regex != null && !regex.isEmpty()) {
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw c.fail("validate.pattern is not a valid regular expression: " + e.getDescription());
            }
        }
        return new Validation(required, min, max, minLength, maxLength, pattern);
    }

    private static <T> T applies(T value, boolean applies, String rule, ParseSite c) {
        if (value != null && !applies) {
            throw c.fail(rule + " does not apply to a " + c.type());
        }
        return value;
    }

    static Feel.Expression condition(JsonNode n, ParseSite c) {
        JsonNode conditional = n.get("conditional");
        if (conditional == null || conditional.isNull()) {
            return null;
        }
        if (!conditional.isObject()) {
            throw c.fail("\"conditional\" must be an object");
        }
        conditional.fieldNames().forEachRemaining(name -> {
            if (!name.equals("hide")) {
                throw c.fail("conditional." + name + " is not supported; only conditional.hide");
            }
        });
        JsonNode hide = conditional.get("hide");
        if (hide == null || hide.isNull()) {
            return null;
        }
        if (!hide.isTextual() || !hide.textValue().startsWith("=")) {
            throw c.fail("conditional.hide must be a FEEL expression starting with '=', not " + hide);
        }
        try {
            return Feel.parse(hide.textValue());
        } catch (Feel.SyntaxException e) {
            throw c.fail("conditional.hide: " + e.getMessage());
        }
    }

    static Object defaultValue(JsonNode n, ComponentType type, List<Option> options, ParseSite c) {
        JsonNode d = n.get("defaultValue");
        if (d == null || d.isNull()) {
            return null;
        }
        if (!type.isInput() || type == ComponentType.FILEPICKER) {
            throw c.fail("a " + c.type() + " cannot have a \"defaultValue\"");
        }
        Object value = FormValues.fromJson(d);
        boolean ok = switch (type) {
            case TEXTFIELD, TEXTAREA -> d.isTextual();
            case NUMBER -> d.isNumber();
            case CHECKBOX -> d.isBoolean();
            case SELECT, RADIO -> options.stream().anyMatch(o -> FormValues.sameValue(o.value(), value));
            case CHECKLIST ->
                d.isArray()
                        && ((Collection<?>) value)
                                .stream()
                                        .allMatch(x ->
                                                options.stream().anyMatch(o -> FormValues.sameValue(o.value(), x)));
            case DATETIME -> d.isTextual() && isIsoDate(d.textValue());
            default -> false;
        };
        if (!ok) {
            throw c.fail("\"defaultValue\" " + d + " does not fit a " + c.type());
        }
        return value;
    }
}
