package cn.safetygrading.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What services and delegates write for people (file lines, documents, messages) comes from the bundles
 * ({@code Translations#zh}), so no Chinese string literal is left in a {@code service} or {@code process}
 * class. Comments may say Chinese terms; only string literals count.
 */
class ServiceTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CHINESE = Pattern.compile("[\\x{4e00}-\\x{9fff}]");

    /** Places whose Chinese literals are data by nature, not text the system writes. */
    private static final Map<String, String> DATA = Map.of(
            "cn/safetygrading/admin/service/DutyImportService.java",
            "column titles and duty words of the uploaded 职责清单 spreadsheet: the words people type, matched on read",
            "cn/safetygrading/ledger/service/ImportRowValidator.java",
            "synonyms of the 管理层级, 经营状态 and 等级 cells of uploaded ledgers: the words people type, matched on read");

    @Test
    void servicesAndDelegatesTakeTheirChineseFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(ServiceTextsTest::serviceOrProcess).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (DATA.containsKey(relative)) {
                    continue;
                }
                for (String literal : literals(Files.readString(file))) {
                    if (CHINESE.matcher(literal).find()) {
                        found.add(relative + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found)
                .as("Chinese string literals in services and delegates")
                .isEmpty();
    }

    @Test
    void theScanSeesLiteralsButNotComments() {
        String source = "/** 说明 \"注释\" */ class A { // 注释 \"x\"\n String s = \"问题闭环：\" + '\"' + \"\\\"引号\\\"\";"
                + " String t = \"\"\"\n  文本块\n  \"\"\"; }";
        assertThat(literals(source)).containsExactly("问题闭环：", "\\\"引号\\\"", "\n  文本块\n  ");
    }

    @Test
    void theDataAllowListNamesFilesThatExist() {
        DATA.keySet().forEach(path -> assertThat(SOURCES.resolve(path)).exists());
    }

    private static boolean serviceOrProcess(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && (path.contains("/service/") || path.contains("/process/"));
    }

    /** The string literals and text blocks of a Java source, comments and char literals skipped. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = lineEnd(source, i);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, Math.min(j, n)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int lineEnd(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
