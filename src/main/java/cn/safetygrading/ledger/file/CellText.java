package cn.safetygrading.ledger.file;

/**
 * Cell text in and out of the ledger file.
 * <ul>
 *   <li>In: trimmed of ASCII and full-width white space; a leading apostrophe that neutralised a
 *       formula character on export is taken off again, so an exported file imports unchanged.</li>
 *   <li>Out: a cell that starts with {@code = + - @} (or a tab or carriage return, which some
 *       spreadsheets also treat as the start of a formula) gets a leading apostrophe, so no
 *       spreadsheet ever evaluates it (CSV/formula injection).</li>
 * </ul>
 */
public final class CellText {

    private CellText() {}

    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = strip(raw);
        if (s.length() >= 2 && s.charAt(0) == '\'' && isFormulaStart(s.charAt(1))) {
            s = s.substring(1);
        }
        return s;
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return isFormulaStart(first) || first == '\t' || first == '\r' ? "'" + value : value;
    }

    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
