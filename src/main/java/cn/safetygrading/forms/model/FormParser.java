package cn.safetygrading.forms.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** form-js JSON → {@link FormDefinition}, strictly: what cannot be rendered faithfully fails loudly. */
final class FormParser {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
    private static final Set<String> VALIDATE_RULES =
            Set.of("required", "min", "max", "minLength", "maxLength", "pattern");

    private final String formId;
    private final Set<String> ids = new HashSet<>();

    private FormParser(String formId) {
        this.formId = formId;
    }

    static FormDefinition parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormParseException("not a form: invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FormParseException("not a form: the JSON is not an object");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new FormParseException("not a form: no \"id\"");
        }
        return new FormParser(id.textValue()).form(root);
    }

    private FormDefinition form(JsonNode root) {
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new FormParseException(where() + "no integer \"schemaVersion\"");
        }
        if (version.intValue() > FormDefinition.MAX_SCHEMA_VERSION) {
            throw new FormParseException(where() + "schemaVersion " + version.intValue()
                    + " is newer than this renderer knows (" + FormDefinition.MAX_SCHEMA_VERSION + ")");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormParseException(where() + "no \"components\" array");
        }
        List<FormComponent> parsed = components(components, false);
        checkPaths(parsed, List.of(), new ArrayList<>(), "the form");
        return new FormDefinition(formId, version.intValue(), parsed);
    }

    private List<FormComponent> components(JsonNode array, boolean inList) {
        List<FormComponent> list = new ArrayList<>();
        for (JsonNode n : array) {
            list.add(component(n, inList));
        }
        return list;
    }

    private FormComponent component(JsonNode n, boolean inList) {
        if (!n.isObject()) {
            throw new FormParseException(where() + "a component is not a JSON object: " + n);
        }
        String id = n.path("id").isTextual() ? n.get("id").textValue() : null;
        String typeName = n.path("type").isTextual() ? n.get("type").textValue() : null;
        Ctx c = new Ctx(id, typeName);
        if (typeName == null) {
            throw c.fail("no \"type\"");
        }
        ComponentType type = ComponentType.fromJson(typeName)
                .orElseThrow(() -> c.fail("unknown component type '"
                        + typeName + "'; supported: "
                        + Arrays.stream(ComponentType.values())
                                .map(ComponentType::json)
                                .collect(Collectors.joining(", "))));
        if (id != null && !ids.add(id)) {
            throw c.fail("the id is used twice");
        }

        String key = null;
        if (type.isInput()) {
            key = string(n, "key", c);
            if (key == null || key.isBlank()) {
                throw c.fail("an input needs a \"key\"");
            }
            checkDotted(key, "key", c);
        } else if (n.has("key") && !n.get("key").isNull() && type != ComponentType.TEXT) {
            throw c.fail("a " + typeName + " has no \"key\"; use \"path\"");
        }

        String path = null;
        if (type == ComponentType.GROUP || type == ComponentType.DYNAMICLIST) {
            path = string(n, "path", c);
            if (path != null && path.isEmpty()) {
                path = null;
            }
            if (path != null) {
                checkDotted(path, "path", c);
            } else if (type == ComponentType.DYNAMICLIST) {
                throw c.fail("a dynamiclist needs a \"path\" (the list variable)");
            }
            if (type == ComponentType.DYNAMICLIST && inList) {
                throw c.fail("a dynamiclist inside a dynamiclist is not supported");
            }
        }
        if (type == ComponentType.FILEPICKER && inList) {
            throw c.fail("a filepicker inside a dynamiclist is not supported");
        }

        String label = plainText(n, type == ComponentType.DATETIME && n.has("dateLabel") ? "dateLabel" : "label", c);
        String description = plainText(n, "description", c);
        String text = null;
        if (type == ComponentType.TEXT) {
            text = string(n, "text", c);
            text = text == null ? "" : text;
            if (text.startsWith("=")) {
                throw c.fail("text given as a FEEL expression is not supported; write plain markdown");
            }
            if (text.contains("{{")) {
                throw c.fail("templating ({{ }}) in text is not supported; write plain markdown");
            }
        }

        boolean readonly = flag(n, "readonly", false, c);
        boolean disabled = flag(n, "disabled", false, c);
        boolean multiple = type == ComponentType.FILEPICKER && flag(n, "multiple", false, c);
        boolean searchable = type == ComponentType.SELECT && flag(n, "searchable", false, c);

        for (String unsupported : List.of("valuesKey", "valuesExpression")) {
            if (n.has(unsupported) && !n.get(unsupported).isNull()) {
                throw c.fail("\"" + unsupported
                        + "\" (options from a variable or an expression) is not supported; list static \"values\"");
            }
        }
        if (flag(n, "serializeToString", false, c)) {
            throw c.fail("\"serializeToString\" is not supported; numbers are submitted as numbers");
        }
        if (type == ComponentType.DATETIME) {
            String subtype = string(n, "subtype", c);
            if (subtype != null && !subtype.equals("date")) {
                throw c.fail("datetime subtype '" + subtype + "' is not supported; only 'date'");
            }
            if (flag(n, "disallowPassedDates", false, c)) {
                throw c.fail("\"disallowPassedDates\" is not supported");
            }
        }

        List<Option> options = type.hasOptions() ? options(n, c) : List.of();
        Validation validate = validation(n, type, c);
        Feel.Expression hide = condition(n, c);

        Integer decimalDigits = null;
        BigDecimal increment = null;
        if (type == ComponentType.NUMBER) {
            JsonNode d = n.get("decimalDigits");
            if (d != null && !d.isNull()) {
                if (!d.isIntegralNumber() || d.intValue() < 0) {
                    throw c.fail("\"decimalDigits\" must be a whole number ≥ 0");
                }
                decimalDigits = d.intValue();
            }
            increment = number(n.get("increment"), "increment", c);
            if (increment != null && increment.signum() <= 0) {
                throw c.fail("\"increment\" must be positive");
            }
        }

        String accept = type == ComponentType.FILEPICKER ? string(n, "accept", c) : null;
        if (accept != null && accept.isBlank()) {
            accept = null;
        }

        int repetitions = 1;
        boolean allowAddRemove = true;
        List<FormComponent> children = List.of();
        if (type == ComponentType.GROUP || type == ComponentType.DYNAMICLIST) {
            JsonNode nested = n.get("components");
            if (nested == null || !nested.isArray()) {
                throw c.fail("a " + typeName + " needs a \"components\" array");
            }
            children = components(nested, inList || type == ComponentType.DYNAMICLIST);
            if (type == ComponentType.DYNAMICLIST) {
                JsonNode r = n.get("defaultRepetitions");
                if (r != null && !r.isNull()) {
                    if (!r.isIntegralNumber() || r.intValue() < 0) {
                        throw c.fail("\"defaultRepetitions\" must be a whole number ≥ 0");
                    }
                    repetitions = r.intValue();
                }
                allowAddRemove = flag(n, "allowAddRemove", true, c);
            }
        }

        Object defaultValue = defaultValue(n, type, options, c);
        return new FormComponent(
                type,
                id,
                key,
                path,
                label,
                description,
                text,
                readonly,
                disabled,
                defaultValue,
                validate,
                options,
                hide,
                accept,
                multiple,
                decimalDigits,
                increment,
                searchable,
                repetitions,
                allowAddRemove,
                children);
    }

    private List<Option> options(JsonNode n, Ctx c) {
        JsonNode values = n.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw c.fail("a " + c.type + " needs static \"values\" (label and value)");
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

    private Validation validation(JsonNode n, ComponentType type, Ctx c) {
        JsonNode v = n.get("validate");
        if (v == null || v.isNull()) {
            return Validation.NONE;
        }
        if (!v.isObject()) {
            throw c.fail("\"validate\" must be an object");
        }
        if (!type.isInput() && !v.isEmpty()) {
            throw c.fail("a " + c.type + " has no value to validate");
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

    private <T> T applies(T value, boolean applies, String rule, Ctx c) {
        if (value != null && !applies) {
            throw c.fail(rule + " does not apply to a " + c.type);
        }
        return value;
    }

    private Feel.Expression condition(JsonNode n, Ctx c) {
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

    private Object defaultValue(JsonNode n, ComponentType type, List<Option> options, Ctx c) {
        JsonNode d = n.get("defaultValue");
        if (d == null || d.isNull()) {
            return null;
        }
        if (!type.isInput() || type == ComponentType.FILEPICKER) {
            throw c.fail("a " + c.type + " cannot have a \"defaultValue\"");
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
            throw c.fail("\"defaultValue\" " + d + " does not fit a " + c.type);
        }
        return value;
    }

    /** Keys are unique and never nest into each other, per binding scope (the form, or one list item). */
    private void checkPaths(List<FormComponent> components, List<String> prefix, List<Bound> seen, String scope) {
        for (FormComponent comp : components) {
            List<String> own = switch (comp.type().kind()) {
                case INPUT -> comp.keyPath();
                case LIST -> comp.pathSegments();
                default -> null;
            };
            if (own != null) {
                List<String> full = new ArrayList<>(prefix);
                full.addAll(own);
                for (Bound other : seen) {
                    if (startsWith(full, other.path) || startsWith(other.path, full)) {
                        throw new FormParseException(where() + "components '" + other.id + "' and '" + comp.id()
                                + "' both bind '"
                                + FormValues.keyString(full.size() < other.path.size() ? full : other.path)
                                + "' in " + scope);
                    }
                }
                seen.add(new Bound(comp.id(), full));
            }
            if (comp.type() == ComponentType.GROUP) {
                List<String> inner = new ArrayList<>(prefix);
                inner.addAll(comp.pathSegments());
                checkPaths(comp.components(), inner, seen, scope);
            } else if (comp.type() == ComponentType.DYNAMICLIST) {
                checkPaths(comp.components(), List.of(), new ArrayList<>(), "an item of '" + comp.id() + "'");
            }
        }
    }

    private record Bound(String id, List<String> path) {}

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    // ---------------------------------------------------------------- JSON helpers

    private String string(JsonNode n, String field, Ctx c) {
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
    private String plainText(JsonNode n, String field, Ctx c) {
        String s = string(n, field, c);
        if (s != null && (s.startsWith("=") || s.contains("{{"))) {
            throw c.fail("an expression or template in \"" + field + "\" is not supported");
        }
        return s;
    }

    private boolean flag(JsonNode n, String field, boolean absent, Ctx c) {
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

    private BigDecimal number(JsonNode v, String field, Ctx c) {
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

    private Integer length(JsonNode v, String field, Ctx c) {
        BigDecimal n = number(v, field, c);
        if (n == null) {
            return null;
        }
        if (n.signum() < 0 || !FormValues.isIntegral(n) || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw c.fail("\"" + field + "\" must be a whole number ≥ 0");
        }
        return n.intValue();
    }

    private void checkDotted(String dotted, String field, Ctx c) {
        for (String segment : dotted.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw c.fail("\"" + field + "\" '" + dotted
                        + "' is not a variable name (letters, digits, _ and $, dots between)");
            }
        }
    }

    private static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private String where() {
        return "form '" + formId + "': ";
    }

    /** The component being parsed, for messages that name it. */
    private final class Ctx {
        final String id;
        final String type;

        Ctx(String id, String type) {
            this.id = id;
            this.type = type;
        }

        FormParseException fail(String problem) {
            return new FormParseException(where() + "component '" + (id == null ? "(no id)" : id) + "'"
                    + (type == null ? "" : " (" + type + ")") + ": " + problem);
        }
    }
}
