package cn.safetygrading.base.engine;

import java.lang.reflect.Field;

/**
 * The private fields of Camunda's commands that our interceptors read (the task id and variables of a claim or
 * completion): looked up once, so an engine upgrade that renames one fails at start with the class to check.
 */
public final class EngineFields {

    private EngineFields() {}

    /** The field {@code name} of {@code type}, made readable; {@code checkedBy} names our class that relies on it. */
    public static Field field(Class<?> type, String name, Class<?> checkedBy) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(
                    "Camunda's " + type.getSimpleName() + " has no field " + name + ": check "
                            + checkedBy.getSimpleName() + " against this engine version",
                    e);
        }
    }

    /** The field's value in the command. */
    public static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
