package cn.safetygrading.forms.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown a form's {@code text} component may use, as plain data: ATX headings ({@code ###}),
 * paragraphs (separated by blank lines; single line breaks join), bold ({@code **x**} or
 * {@code __x__}) and backslash escapes. Everything else, HTML included, stays literal text: the view
 * puts it into text nodes, never into markup.
 */
final class Markdown {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!<>";

    sealed interface Block permits Heading, Paragraph {
        List<Inline> inlines();
    }

    record Heading(int level, List<Inline> inlines) implements Block {}

    record Paragraph(List<Inline> inlines) implements Block {}

    record Inline(String text, boolean bold) {}

    private Markdown() {}

    static List<Block> parse(String source) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : (source == null ? "" : source).split("\\r?\\n|\\r", -1)) {
            String t = line.strip();
            Matcher heading = HEADING.matcher(t);
            if (t.isEmpty() || heading.matches()) {
                flush(paragraph, blocks);
                if (!t.isEmpty()) {
                    blocks.add(new Heading(heading.group(1).length(), inlines(heading.group(2))));
                }
                continue;
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(t);
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(inlines(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Inline> inlines(String text) {
        List<Inline> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if ((c == '*' || c == '_') && text.startsWith(String.valueOf(c).repeat(2), i)) {
                String delimiter = String.valueOf(c).repeat(2);
                int close = closing(text, delimiter, i + 2);
                if (close > i + 2) {
                    add(out, plain.toString(), false);
                    plain.setLength(0);
                    add(out, unescape(text.substring(i + 2, close)), true);
                    i = close + 2;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        add(out, plain.toString(), false);
        return out;
    }

    private static int closing(String text, String delimiter, int from) {
        int at = text.indexOf(delimiter, from);
        while (at > 0 && text.charAt(at - 1) == '\\') {
            at = text.indexOf(delimiter, at + 1);
        }
        return at;
    }

    private static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                c = text.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }

    private static void add(List<Inline> out, String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).bold() == bold) {
            Inline last = out.remove(out.size() - 1);
            out.add(new Inline(last.text() + text, bold));
        } else {
            out.add(new Inline(text, bold));
        }
    }
}
