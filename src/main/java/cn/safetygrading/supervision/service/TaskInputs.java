package cn.safetygrading.supervision.service;

/** The checks the supervision processes' task listeners make of what a form submitted. */
final class TaskInputs {

    private TaskInputs() {}

    /** The stripped text of the variable {@code key}'s value; null when empty and not required; refused when missing or too long. */
    static String text(String key, Object value, int max, boolean required) {
        String text = value == null ? "" : value.toString().strip();
        if (required && text.isEmpty()) {
            throw new IllegalArgumentException(key + ": required");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(key + ": at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** A search text as the mappers take it: null when blank. */
    static String search(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
