package cn.safetygrading.base;

/** Small rules for text as people type it into filters and forms. */
public final class Text {

    private Text() {}

    /** The text without surrounding white space, or null when there is nothing else (a filter left empty). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
