package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** Our shared strings read exactly as POI's ReadOnlySharedStringsTable reads them, without rich text objects. */
class PlainSharedStringsTest {

    private static final String SST = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="8">
              <si><t>威海鑫达机械有限公司</t></si>
              <si><t xml:space="preserve">  leading and trailing blanks  </t></si>
              <si><r><rPr><b/></rPr><t>富</t></r><r><t>文本</t></r></si>
              <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>
              <si><t>line_x000D_break _x005f_x0041_ and _xZZZZ_</t></si>
              <si><t></t></si>
              <si><t>91371002MA3C8LMP1X</t></si>
              <si><t>&lt;tag&gt; &amp; &#x3000;全角空格</t></si>
            </sst>
            """;

    @Test
    void everyStringIsTheTextPoiWouldGive() throws Exception {
        ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(stream(SST), false);
        PlainSharedStrings ours = PlainSharedStrings.read(stream(SST));
        assertThat(ours.getCount()).isEqualTo(poi.getCount()).isEqualTo(9);
        assertThat(ours.getUniqueCount()).isEqualTo(poi.getUniqueCount()).isEqualTo(8);
        List<String> expected =
                IntStream.range(0, 8).mapToObj(i -> poi.getItemAt(i).toString()).toList();
        List<String> actual = IntStream.range(0, 8)
                .mapToObj(i -> ours.getItemAt(i).toString())
                .toList();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get(2)).isEqualTo("富文本");
        assertThat(actual.get(3)).isEqualTo("漢字");
        assertThat(actual.get(4)).isEqualTo("line\rbreak _x0041_ and _xZZZZ_");
    }

    @Test
    void anIndexBeyondTheTableIsABrokenFile() throws Exception {
        PlainSharedStrings ours = PlainSharedStrings.read(stream(SST));
        assertThatThrownBy(() -> ours.getItemAt(8)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PlainSharedStrings.read(stream("")).getItemAt(0))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDoctypeIsRefused() {
        String xxe = SST.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
        assertThatThrownBy(() -> PlainSharedStrings.read(stream(xxe)))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void theColumnOfACellReferenceIsWhatPoiSays() {
        for (String ref : List.of("A1", "B7", "Z100", "AA1", "AZ3", "BA12", "ZZ9", "AAA1", "XFD1048576", "a1", "k12")) {
            assertThat(XlsxRowReader.column(ref)).as(ref).isEqualTo(new CellReference(ref).getCol());
        }
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Issue #12: the strings are bounded while they are read (count, characters in all, one string). */
    @Test
    void theLimitsRefuseWhileReading() throws Exception {
        assertThat(PlainSharedStrings.read(stream(SST), new XlsxLimits(8, 1000, 100))
                        .getItemAt(7))
                .isNotNull();
        assertThatThrownBy(() -> PlainSharedStrings.read(stream(SST), new XlsxLimits(7, 1000, 100)))
                .isInstanceOfSatisfying(
                        PlainSharedStrings.TooLarge.class,
                        e -> assertThat(e.refusal.key()).isEqualTo("ledger.file.tooManyStrings"));
        assertThatThrownBy(() -> PlainSharedStrings.read(stream(SST), new XlsxLimits(100, 40, 100)))
                .isInstanceOfSatisfying(
                        PlainSharedStrings.TooLarge.class,
                        e -> assertThat(e.refusal.key()).isEqualTo("ledger.file.stringsTooLong"));
        assertThatThrownBy(() -> PlainSharedStrings.read(stream(SST), new XlsxLimits(100, 1000, 20)))
                .isInstanceOfSatisfying(
                        PlainSharedStrings.TooLarge.class,
                        e -> assertThat(e.refusal.key()).isEqualTo("ledger.file.xlsxCellTooLong"));
    }
}
