package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.LedgerFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xlsx by POI's event API: rows stream in order; XXE, zip bombs and broken packages are refused. */
class XlsxRowReaderTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path dir;

    private final LedgerFiles file = LedgerFiles.annex()
            .enterprise("威海鑫达机械有限公司", "91350100M000100Y43", "威海市环翠区", "34", "Ⅱ", "", "", "")
            .enterprise("威海华宇化工有限公司", "91110000600037341L", "威海市环翠区羊亭镇", "26", "Ⅰ", "C", "市级", "危险物品的生产、经营、储存、装卸");

    @Test
    void readsTheRowsWithTheirNumbers() throws Exception {
        List<String> seen = new ArrayList<>();
        double[] progress = {0};
        new XlsxRowReader()
                .read(
                        write(file.xlsx()),
                        (n, cells) -> seen.add(n + ":" + cells.get(Math.min(2, cells.size() - 1))),
                        f -> progress[0] = f);
        assertThat(seen)
                .containsExactly(
                        "1:威海市企业安全生产分类分级监督管理基础信息台账",
                        "2:填报单位：环翠区应急管理局　共计各类企业：  家，其中，Ⅰ类：  家；Ⅱ类：  家。",
                        "3:统一社会信用代码",
                        "4:91350100M000100Y43",
                        "5:91110000600037341L");
        assertThat(progress[0]).isEqualTo(1.0);
    }

    @Test
    void anExternalEntityIsRefused() throws Exception {
        byte[] xxe = rewrite(
                file.xlsx(),
                SHEET,
                (name, xml) -> {},
                xml -> xml.replaceFirst(
                        "\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
        assertThat(refusal(xxe)).isEqualTo("ledger.file.xxe");
    }

    @Test
    void anEntityInTheSharedStringsIsRefusedToo() throws Exception {
        byte[] xxe = rewrite(
                file.xlsx(),
                "xl/sharedStrings.xml",
                (name, xml) -> {},
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY e \"x\">]>"));
        assertThat(refusal(xxe)).isEqualTo("ledger.file.xxe");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        // a sheet that inflates 1,000-fold: 40 MB of blanks inside the worksheet element
        byte[] bomb = rewriteStreaming(file.xlsx(), SHEET, out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                out.write(blanks);
            }
            out.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(refusal(bomb)).isEqualTo("ledger.file.zipBomb");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(bytes.toByteArray())).isEqualTo("ledger.file.badXlsx");
    }

    private String refusal(byte[] xlsx) throws Exception {
        try {
            new XlsxRowReader().read(write(xlsx), (n, cells) -> {}, f -> {});
            return null;
        } catch (LedgerFileException e) {
            return e.key();
        }
    }

    private Path write(byte[] content) throws IOException {
        Path p = Files.createTempFile(dir, "ledger", ".xlsx");
        Files.write(p, content);
        return p;
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static byte[] rewrite(
            byte[] xlsx,
            String entry,
            BiConsumer<String, String> unused,
            java.util.function.UnaryOperator<String> change)
            throws IOException {
        return copy(
                xlsx,
                entry,
                (name, original, out) -> out.write(change.apply(new String(original, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] rewriteStreaming(byte[] xlsx, String entry, Body body) throws IOException {
        return copy(xlsx, entry, (name, original, out) -> body.write(out));
    }

    interface Replacement {
        void write(String name, byte[] original, OutputStream out) throws IOException;
    }

    private static byte[] copy(byte[] xlsx, String entry, Replacement replacement) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] original = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(entry)) {
                    replacement.write(e.getName(), original, out);
                } else {
                    out.write(original);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
