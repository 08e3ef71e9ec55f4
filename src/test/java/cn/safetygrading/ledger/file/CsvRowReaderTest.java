package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.ledger.LedgerFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV as Chinese Excel writes it: UTF-8 with or without BOM, GBK, quotes, line breaks inside cells. */
class CsvRowReaderTest {

    @TempDir
    Path dir;

    private final LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "备注"))
            .row("威海“鑫达”机械有限公司", "91350100M000100Y43", "粉尘涉爆，\n铝镁粉尘")
            .row("威海华宇化工有限公司", "91110000600037341L", "危险物品的生产、经营、储存、装卸");

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        assertThat(read(file.csv(StandardCharsets.UTF_8, true))).isEqualTo(expected());
        assertThat(read(file.csv(StandardCharsets.UTF_8, false))).isEqualTo(expected());
        assertThat(CsvRowReader.detectCharset(write(file.csv(StandardCharsets.UTF_8, true))))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsGbkAsExcelSavesIt() throws Exception {
        byte[] gbk = file.csv(Charset.forName("GBK"), false);
        assertThat(CsvRowReader.detectCharset(write(gbk))).isEqualTo(CsvRowReader.GB18030);
        assertThat(read(gbk)).isEqualTo(expected());
    }

    @Test
    void rowNumbersAreThoseExcelShows() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        new CsvRowReader().read(write(file.csv()), (n, cells) -> numbers.add(n), f -> {});
        // the quoted line break keeps row 2 one row; the blank line at the end is no row
        assertThat(numbers).containsExactly(1, 2, 3);
    }

    @Test
    void tabSeparatedTextIsReadToo() throws Exception {
        String tsv = "企业名称\t统一社会信用代码\n威海鑫达机械有限公司\t91350100M000100Y43\n";
        List<List<String>> rows = read(tsv.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(1)).containsExactly("威海鑫达机械有限公司", "91350100M000100Y43");
    }

    @Test
    void anUnclosedQuoteRefusesTheFile() throws Exception {
        byte[] broken = "企业名称,统一社会信用代码\n\"威海鑫达,91350100M000100Y43\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(LedgerFileException.class)
                .extracting(e -> ((LedgerFileException) e).key())
                .isEqualTo("ledger.file.csvQuote");
    }

    @Test
    void anUnclosedQuoteBeforeMegabytesStopsAtTheRecordLimit() throws Exception {
        byte[] broken = ("企业名称,统一社会信用代码\n\"威海鑫达," + "x,".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(LedgerFileException.class)
                .extracting(e -> ((LedgerFileException) e).key())
                .isEqualTo("ledger.file.csvQuote");
    }

    @Test
    void aCellBeyondTheLimitIsRefusedWithItsRow() throws Exception {
        byte[] big =
                ("企业名称,统一社会信用代码\n\n" + "y".repeat(CsvRowReader.MAX_CELL + 1) + ",1\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(big))
                .isInstanceOf(LedgerFileException.class)
                .satisfies(e -> assertThat(((LedgerFileException) e).key()).isEqualTo("ledger.file.cellTooLong"))
                .satisfies(e -> assertThat(((LedgerFileException) e).args()[0]).hasToString("3"));
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefused() throws Exception {
        byte[] bad = {(byte) 0x80, (byte) 0x20, (byte) 0xFF, (byte) 0xFF, 0x41};
        assertThatThrownBy(() -> CsvRowReader.detectCharset(write(bad)))
                .isInstanceOf(LedgerFileException.class)
                .hasMessageContaining("ledger.file.encoding");
    }

    private List<List<String>> expected() {
        return file.rows();
    }

    private List<List<String>> read(byte[] content) throws IOException, LedgerFileException {
        List<List<String>> rows = new ArrayList<>();
        new CsvRowReader().read(write(content), (n, cells) -> rows.add(List.copyOf(cells)), f -> {});
        return rows;
    }

    private Path write(byte[] content) throws IOException {
        Path p = Files.createTempFile(dir, "ledger", ".csv");
        Files.write(p, content);
        return p;
    }
}
