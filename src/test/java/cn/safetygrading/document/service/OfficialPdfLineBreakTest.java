package cn.safetygrading.document.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Chinese line-breaking rules in the official PDFs, read back from the PDF's text. */
class OfficialPdfLineBreakTest {

    /** Marks at every column of a line: one paragraph per shift, so each mark meets the right margin once. */
    private static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (int shift = 0; shift < 48; shift++) {
            paragraphs.add("经".repeat(shift)
                    + "现场检查，发现该企业（重点监管对象）存在「未按规定开展隐患排查」等问题；责令限期整改！是否整改到位？"
                    + "复查：已整改、未整改……。当事人签字“已阅”。");
        }
        return paragraphs;
    }

    @Test
    void noLineStartsWithClosingMarkNorEndsWithOpeningOne() throws IOException {
        List<String> paragraphs = paragraphs();
        OfficialPdf pdf = new OfficialPdf("现场检查记录", "应急检〔2026〕1号");
        paragraphs.forEach(pdf::paragraph);
        pdf.table(
                List.of("检查项", "情况"),
                paragraphs.subList(0, 24).stream().map(p -> List.of("项目", p)).toList(),
                new float[] {1, 3});

        List<String> lines = lines(pdf.bytes());

        assertThat(lines).as("the paragraphs wrap").hasSizeGreaterThan(paragraphs.size() * 2);
        for (String line : lines) {
            assertThat(CjkLineBreaks.NO_START.indexOf(line.charAt(0)))
                    .as("line starts with a closing mark: %s", line)
                    .isNegative();
            assertThat(CjkLineBreaks.NO_END.indexOf(line.charAt(line.length() - 1)))
                    .as("line ends with an opening mark: %s", line)
                    .isNegative();
        }
        // nothing lost or reordered by the rules
        String text = String.join("", lines);
        for (String paragraph : paragraphs) {
            assertThat(text).contains(paragraph);
        }
    }

    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(doc)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
        }
    }
}
