package cn.safetygrading.forms.model;

import static cn.safetygrading.forms.model.ComponentRules.condition;
import static cn.safetygrading.forms.model.ComponentRules.defaultValue;
import static cn.safetygrading.forms.model.ComponentRules.options;
import static cn.safetygrading.forms.model.ComponentRules.validation;
import static cn.safetygrading.forms.model.JsonFields.checkDotted;
import static cn.safetygrading.forms.model.JsonFields.flag;
import static cn.safetygrading.forms.model.JsonFields.number;
import static cn.safetygrading.forms.model.JsonFields.plainText;
import static cn.safetygrading.forms.model.JsonFields.string;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * form-js JSON → {@link FormDefinition}, strictly: what cannot be rendered faithfully fails loudly. The
 * component's value rules are read by {@link ComponentRules}, typed properties by {@link JsonFields}, and the
 * bindings of the whole form are checked by {@link BindingCheck}.
 */
final class FormParser {

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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
            throw new FormParseException(ParseSite.where(formId) + "no integer \"schemaVersion\"");
        }
        if (version.intValue() > FormDefinition.MAX_SCHEMA_VERSION) {
            throw new FormParseException(ParseSite.where(formId) + "schemaVersion " + version.intValue()
                    + " is newer than this renderer knows (" + FormDefinition.MAX_SCHEMA_VERSION + ")");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormParseException(ParseSite.where(formId) + "no \"components\" array");
        }
        List<FormComponent> parsed = components(components, false);
        new BindingCheck(formId).check(parsed);
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
            throw new FormParseException(ParseSite.where(formId) + "a component is not a JSON object: " + n);
        }
        String id = n.path("id").isTextual() ? n.get("id").textValue() : null;
        String typeName = n.path("type").isTextual() ? n.get("type").textValue() : null;
        ParseSite c = new ParseSite(formId, id, typeName);
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
}
