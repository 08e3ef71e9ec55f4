package cn.safetygrading.ledger;

import cn.safetygrading.ledger.domain.Uscc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds ledger files for tests: CSV in any encoding, .xlsx through POI (small files only). */
public final class LedgerFiles {

    /** The annex header, in its order. */
    public static final List<String> ANNEX_HEADER =
            List.of("序号", "企业名称", "统一社会信用代码", "生产经营地址", "行业类别", "分类", "分级", "监管分级", "行业主管部门", "直接监管责任部门", "备注");

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final List<List<String>> rows = new ArrayList<>();

    private LedgerFiles() {}

    /** A file whose first row is the given header. */
    public static LedgerFiles withHeader(List<String> header) {
        LedgerFiles f = new LedgerFiles();
        f.rows.add(List.copyOf(header));
        return f;
    }

    /** A file in the annex layout, with the title and 填报单位 lines above the header. */
    public static LedgerFiles annex() {
        LedgerFiles f = new LedgerFiles();
        f.rows.add(List.of("威海市企业安全生产分类分级监督管理基础信息台账"));
        f.rows.add(List.of("填报单位：环翠区应急管理局　共计各类企业：  家，其中，Ⅰ类：  家；Ⅱ类：  家。"));
        f.rows.add(ANNEX_HEADER);
        return f;
    }

    public LedgerFiles row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** An annex row: name, USCC, address, industry, class, grade, level, remark (departments left empty). */
    public LedgerFiles enterprise(
            String name,
            String uscc,
            String address,
            String industry,
            String enterpriseClass,
            String grade,
            String level,
            String remark) {
        return row(
                String.valueOf(rows.size()),
                name,
                uscc,
                address,
                industry,
                enterpriseClass,
                grade,
                level,
                "",
                "",
                remark);
    }

    public List<List<String>> rows() {
        return rows;
    }

    public byte[] csv(Charset charset, boolean bom) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = row.get(i);
                sb.append(
                        v.contains(",") || v.contains("\"") || v.contains("\n")
                                ? "\"" + v.replace("\"", "\"\"") + "\""
                                : v);
            }
            sb.append("\r\n");
        }
        byte[] body = sb.toString().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    public byte[] csv() {
        return csv(StandardCharsets.UTF_8, false);
    }

    public byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("台账");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh valid USCC in a district (positions 3–8 the division code, 9–17 an organisation code), unique
     * within this JVM; {@code tag} (two letters from the alphabet) keeps test classes apart.
     */
    public static String uscc(String region, String tag) {
        return Uscc.complete("91" + region + tag + String.format("%07d", SERIAL.incrementAndGet()));
    }

    /** A workbook whose shared strings inflate far beyond its size; sizes as written. */
    public record Bomb(byte[] file, long inflated, long compressed) {}

    /** A real workbook (one header row) whose sharedStrings.xml is followed by {@code strings} one-letter strings. */
    public static Bomb sharedStringsBomb(int strings) throws IOException {
        byte[] plain = withHeader(List.of("企业名称", "统一社会信用代码", "行业类别")).xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream(20 * 1024 * 1024);
        long inflated = 0;
        long compressed = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                ZipEntry copy = new ZipEntry(e.getName());
                zip.putNextEntry(copy);
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</sst>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    inflated = end + writeStrings(zip, strings) + 6;
                    zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                    compressed = copy.getCompressedSize();
                } else {
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        }
        return new Bomb(out.toByteArray(), inflated, compressed);
    }

    private static long writeStrings(OutputStream out, int count) throws IOException {
        byte[] one = "<si><t>a</t></si>".getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[one.length * 4096];
        Random random = new Random(12);
        long written = 0;
        for (int done = 0; done < count; ) {
            int n = Math.min(4096, count - done);
            for (int i = 0; i < n; i++) {
                System.arraycopy(one, 0, chunk, i * one.length, one.length);
                chunk[i * one.length + 7] = (byte) ('a' + random.nextInt(4));
            }
            out.write(chunk, 0, n * one.length);
            written += (long) n * one.length;
            done += n;
        }
        return written;
    }
}
