package cn.safetygrading.inbox.service;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Which values a completion may carry, for {@link CompletionGuard}: plain ones only (text, numbers, booleans, dates,
 * and lists/maps of them); an object, bytes, a file or a serialized value is not plain.
 */
final class PlainValues {

    /** What {@link #plain} answers for a value that is not plain. */
    static final Object NOT_PLAIN = new Object();

    private PlainValues() {}

    /** The value when it is plain (text, number, boolean, date, lists and maps of them), else {@link #NOT_PLAIN}. */
    static Object plain(Object raw) {
        if (raw instanceof TypedValue typed) {
            ValueType type = typed.getType();
            if (type == null) {
                return plainJava(typed.getValue());
            }
            if (type == ValueType.BYTES || type == ValueType.FILE || !type.isPrimitiveValueType()) {
                return NOT_PLAIN;
            }
            return typed.getValue();
        }
        return plainJava(raw);
    }

    private static Object plainJava(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Double
                || value instanceof Date) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(v -> plainJava(v) != NOT_PLAIN) ? value : NOT_PLAIN;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                            .allMatch(e -> e.getKey() instanceof String && plainJava(e.getValue()) != NOT_PLAIN)
                    ? value
                    : NOT_PLAIN;
        }
        return NOT_PLAIN;
    }

    /** A declared extra output: absent or short text. */
    static boolean extra(Object value) {
        return value == null || value instanceof String text && text.length() <= TaskOutputs.MAX_EXTRA_LENGTH;
    }

    /** The task's variables as the form sees them; values that are not plain (never deserialized here) are left out. */
    static Map<String, Object> contextOf(TaskEntity task) {
        Map<String, Object> context = new LinkedHashMap<>();
        VariableMap variables = task.getVariablesTyped(false);
        for (String name : variables.keySet()) {
            TypedValue value = variables.getValueTyped(name);
            if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                continue;
            }
            Object plain = plain(value);
            if (plain != NOT_PLAIN) {
                context.put(name, plain);
            }
        }
        return context;
    }
}
