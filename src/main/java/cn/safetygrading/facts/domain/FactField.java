package cn.safetygrading.facts.domain;

import java.util.List;

/**
 * One field of a register: its JSON name, its column, its type, whether it must be given, the values
 * a choice allows and the bounds of a number (inclusive; null when unbounded).
 */
public record FactField(
        String name,
        String column,
        FieldType type,
        boolean required,
        List<String> choices,
        Integer min,
        Integer max,
        int maxLength) {

    public static FactField date(String name, String column, boolean required) {
        return new FactField(name, column, FieldType.DATE, required, List.of(), null, null, 0);
    }

    public static FactField integer(String name, String column, boolean required, int min, Integer max) {
        return new FactField(name, column, FieldType.INTEGER, required, List.of(), min, max, 0);
    }

    public static FactField amount(String name, String column) {
        return new FactField(name, column, FieldType.AMOUNT, false, List.of(), 0, null, 0);
    }

    public static FactField flag(String name, String column) {
        return new FactField(name, column, FieldType.BOOLEAN, false, List.of(), null, null, 0);
    }

    public static FactField text(String name, String column, boolean required, int maxLength) {
        return new FactField(name, column, FieldType.TEXT, required, List.of(), null, null, maxLength);
    }

    public static FactField choice(String name, String column, boolean required, String... choices) {
        return new FactField(name, column, FieldType.CHOICE, required, List.of(choices), null, null, 0);
    }
}
