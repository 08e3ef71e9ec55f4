package cn.safetygrading.forms.model;

import java.io.Serializable;
import java.util.List;

/**
 * One broken rule. {@code key} names the field: its variable path, dotted inside groups with a path,
 * with the item index inside a dynamic list ({@code members[1].name}). {@code messageKey} is one of
 * {@link FormMessages} (bundle {@code i18n/form}); {@code args} fill its placeholders.
 */
public record FieldError(String key, String messageKey, List<Object> args) implements Serializable {

    public FieldError {
        args = List.copyOf(args);
    }

    public FieldError(String key, String messageKey, Object... args) {
        this(key, messageKey, List.of(args));
    }
}
