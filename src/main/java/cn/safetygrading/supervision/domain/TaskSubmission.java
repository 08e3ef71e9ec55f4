package cn.safetygrading.supervision.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A supervision task as its listener read it once: its ids, its assignee and the values of the
 * variables the service asked for (absent ones are null). Services take this, never the engine's task.
 */
public record TaskSubmission(
        String taskId, String processInstanceId, String taskKey, String assignee, Map<String, Object> values) {

    public TaskSubmission {
        values = java.util.Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** Reads the named variables through {@code reader} (e.g. {@code task::getVariable}). */
    public static Map<String, Object> read(Collection<String> names, Function<String, Object> reader) {
        Map<String, Object> values = new HashMap<>();
        names.forEach(name -> values.put(name, reader.apply(name)));
        return values;
    }

    public Object value(String name) {
        return values.get(name);
    }

    /** The value as text, or null when absent or not text. */
    public String text(String name) {
        return values.get(name) instanceof String s ? s : null;
    }

    /** Whether the value is {@code true}. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }
}
