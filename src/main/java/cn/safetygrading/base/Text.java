package cn.safetygrading.base;

/** Small rules for text as people type it into filters and forms, and as it is stored. */
public final class Text {

    private Text() {}

    /** The text without surrounding white space, or null when there is nothing else (a filter left empty). */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** At most {@code max} characters: a longer text cut to {@code max - 1} and "…" (a column's width); null stays. */
    public static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
