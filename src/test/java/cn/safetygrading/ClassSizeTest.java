package cn.safetygrading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes (issue #17): no source file of the application over {@value #LIMIT} lines unless its class
 * documentation says why in a sentence starting "Long because" — a reason a reader can weigh, not an allow-list
 * kept somewhere else.
 */
class ClassSizeTest {

    static final int LIMIT = 300;

    @Test
    void noClassIsLongWithoutAReasonAtItsTop() throws IOException {
        List<String> unexplained;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            unexplained = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(ClassSizeTest::longWithoutReason)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertThat(unexplained)
                .as("classes over %d lines without a \"Long because …\" sentence in their documentation", LIMIT)
                .isEmpty();
    }

    private static boolean longWithoutReason(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() <= LIMIT) {
                return false;
            }
            String head = String.join("\n", lines.subList(0, declaration(lines)));
            return !head.contains("Long because");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The line of the top-level type's declaration: the documentation is above it. */
    private static int declaration(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^(public |final |abstract |sealed )*(class|interface|record|enum) .*")) {
                return i;
            }
        }
        return lines.size();
    }
}
