package cn.safetygrading.forms.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One parsed component of a form. Which properties are set depends on the {@link ComponentType}:
 * inputs have a {@code key}; {@code text} has {@code text}; groups and dynamic lists have
 * {@code components} and maybe a {@code path}. Absent strings are {@code null}, absent lists empty.
 *
 * @param key            the variable (dotted for a nested object: {@code address.street})
 * @param path           group: the object the children live in (may be null); dynamiclist: the list
 * @param defaultValue   used when the variable is absent; typed like {@link Option#value()}
 * @param hide           {@code conditional.hide}, or null
 * @param accept         filepicker: extensions and MIME types, comma separated, or null (any)
 * @param decimalDigits  number: at most this many decimals (0: an integer, submitted as Long), or null
 * @param increment      number: the value must be a multiple of it, or null
 * @param searchable     select: rendered as a ComboBox
 */
public record FormComponent(
        ComponentType type,
        String id,
        String key,
        String path,
        String label,
        String description,
        String text,
        boolean readonly,
        boolean disabled,
        Object defaultValue,
        Validation validate,
        List<Option> values,
        Feel.Expression hide,
        String accept,
        boolean multiple,
        Integer decimalDigits,
        BigDecimal increment,
        boolean searchable,
        int defaultRepetitions,
        boolean allowAddRemove,
        List<FormComponent> components)
        implements Serializable {

    public FormComponent {
        validate = validate == null ? Validation.NONE : validate;
        values = values == null ? List.of() : List.copyOf(values);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** The key's segments ({@code a.b} → [a, b]); empty without a key. */
    public List<String> keyPath() {
        return segments(key);
    }

    /** The path's segments; empty without a path. */
    public List<String> pathSegments() {
        return segments(path);
    }

    /** Neither readonly nor disabled: the user sets it and it is submitted (unless hidden). */
    public boolean editable() {
        return !readonly && !disabled;
    }

    public boolean required() {
        return validate.required();
    }

    static List<String> segments(String dotted) {
        return dotted == null || dotted.isEmpty() ? List.of() : List.of(dotted.split("\\.", -1));
    }
}
