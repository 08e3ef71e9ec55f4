package cn.safetygrading.ledger.file;

import cn.safetygrading.base.file.QuotedStyles;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.LedgerHeader;
import cn.safetygrading.ledger.domain.LedgerLine;
import cn.safetygrading.ledger.domain.ManagementLevel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the ledger in the layout of the [000] annex: title, 审签人/审签日期 (once signed), the 填报单位
 * line with the totals, the header (in .xlsx two rows, 企业分级 merged over 行业类别/分类/分级/监管分级 as in
 * the annex; in .csv one row) and the rows. Class is written Ⅰ/Ⅱ (U+2160/U+2161), 监管分级 市级/区市级
 * (never blank: the annex knows only those two, so everything the city does not supervise directly,
 * COUNTY and LOCAL (属地), is 区市级), the industry as {@code 13 农副食品加工业}. Formula-like
 * text is never run: in .csv it is {@linkplain CellText#neutralise neutralised} with an apostrophe, in
 * .xlsx it keeps its text in a cell marked quote-prefixed (Excel's own "text, not formula" flag). Rows are streamed: .xlsx through SXSSF
 * (100 rows in memory), .csv through commons-csv straight to the stream in UTF-8 with a BOM, so Excel shows the Chinese.
 */
public final class LedgerFileWriter {

    /** Supplies the lines in order to the consumer it is given. */
    @FunctionalInterface
    public interface Lines {
        void forEach(Consumer<LedgerLine> sink);
    }

    /**
     * An extra column after the annex's eleven (重点关注, #14): its title and its text for a USCC (blank for none).
     * The export of the live ledger writes it; a signed-off snapshot keeps the annex alone.
     */
    public record Extra(String title, java.util.function.Function<String, String> text) {}

    private static final int WINDOW = 100;

    private LedgerFileWriter() {}

    public static String classLabel(String enterpriseClass) {
        return EnterpriseClass.numeralOf(enterpriseClass);
    }

    /** 市级 for CITY; 区市级 for everything else (COUNTY, LOCAL 属地): the annex has no third value and no blank. */
    public static String managementLabel(String level) {
        return ManagementLevel.annexLabel(level);
    }

    public static String industryLabel(String code, String name) {
        if (code == null) {
            return "";
        }
        return name == null ? code : code + " " + name;
    }

    public static String dateLabel(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String fillingLine(LedgerHeader h) {
        return "填报单位：" + nullToEmpty(h.fillingUnit()) + "　　共计各类企业：" + h.total() + "家，其中，Ⅰ类：" + h.classI() + "家；Ⅱ类："
                + h.classII() + "家。";
    }

    public static String signLine(LedgerHeader h) {
        return "审签人：" + nullToEmpty(h.signer()) + "　　审签日期：" + dateLabel(h.signedOn());
    }

    /** The eleven annex cells of a line, neutralised (for .csv). */
    public static List<String> cells(LedgerLine l) {
        List<String> c = plainCells(l);
        c.replaceAll(CellText::neutralise);
        return c;
    }

    /** The eleven annex cells of a line as they are. */
    static List<String> plainCells(LedgerLine l) {
        List<String> c = new ArrayList<>(11);
        c.add(String.valueOf(l.seq()));
        c.add(l.name());
        c.add(l.uscc());
        c.add(l.address());
        c.add(industryLabel(l.industryCode(), l.industryName()));
        c.add(classLabel(l.enterpriseClass()));
        c.add(l.grade());
        c.add(managementLabel(l.managementLevel()));
        c.add(l.competentDepartment());
        c.add(l.supervisingDepartment());
        c.add(l.remark());
        c.replaceAll(v -> v == null ? "" : v);
        return c;
    }

    public static void writeCsv(OutputStream out, LedgerHeader header, Lines lines) throws IOException {
        writeCsv(out, header, lines, null);
    }

    public static void writeCsv(OutputStream out, LedgerHeader header, Lines lines, Extra extra) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
        csv.printRecord(CellText.neutralise(header.title()));
        csv.printRecord(CellText.neutralise(signLine(header)));
        csv.printRecord(CellText.neutralise(fillingLine(header)));
        List<String> titles = new ArrayList<>(
                LedgerColumn.ANNEX.stream().map(LedgerColumn::title).toList());
        if (extra != null) {
            titles.add(extra.title());
        }
        csv.printRecord(titles);
        try {
            lines.forEach(l -> {
                try {
                    List<String> cells = cells(l);
                    if (extra != null) {
                        cells.add(CellText.neutralise(extraText(extra, l)));
                    }
                    csv.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    public static void writeXlsx(OutputStream out, LedgerHeader header, Lines lines) throws IOException {
        writeXlsx(out, header, lines, null);
    }

    public static void writeXlsx(OutputStream out, LedgerHeader header, Lines lines, Extra extra) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet("基础信息台账");
            int annex = LedgerColumn.ANNEX.size();
            int width = annex + (extra == null ? 0 : 1);
            int[] widths = {6, 36, 22, 36, 28, 6, 6, 9, 22, 22, 40, 20};
            for (int i = 0; i < width; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            Font bold = wb.createFont();
            bold.setBold(true);
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = bordered(wb);
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setWrapText(true);
            CellStyle body = bordered(wb);
            body.setVerticalAlignment(VerticalAlignment.CENTER);
            QuotedStyles styles = new QuotedStyles(wb);

            styles.text(sheet.createRow(0), 0, header.title(), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            styles.text(sheet.createRow(1), 0, signLine(header), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
            styles.text(sheet.createRow(2), 0, fillingLine(header), null);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, width - 1));

            Row top = sheet.createRow(3);
            Row sub = sheet.createRow(4);
            int firstGrouped = LedgerColumn.ANNEX.indexOf(LedgerColumn.GROUPED.get(0));
            for (int i = 0; i < annex; i++) {
                LedgerColumn c = LedgerColumn.ANNEX.get(i);
                if (LedgerColumn.GROUPED.contains(c)) {
                    styles.text(top, i, i == firstGrouped ? LedgerColumn.GROUP_HEADER : "", head);
                    styles.text(sub, i, c.title(), head);
                } else {
                    styles.text(top, i, c.title(), head);
                    styles.text(sub, i, "", head);
                    sheet.addMergedRegion(new CellRangeAddress(3, 4, i, i));
                }
            }
            if (extra != null) {
                styles.text(top, annex, extra.title(), head);
                styles.text(sub, annex, "", head);
                sheet.addMergedRegion(new CellRangeAddress(3, 4, annex, annex));
            }
            sheet.addMergedRegion(
                    new CellRangeAddress(3, 3, firstGrouped, firstGrouped + LedgerColumn.GROUPED.size() - 1));
            sheet.createFreezePane(0, 5);

            int[] next = {5};
            lines.forEach(l -> {
                Row row = sheet.createRow(next[0]++);
                List<String> cells = plainCells(l);
                Cell seq = row.createCell(0);
                seq.setCellValue(l.seq());
                seq.setCellStyle(body);
                for (int i = 1; i < cells.size(); i++) {
                    styles.text(row, i, cells.get(i), body);
                }
                if (extra != null) {
                    styles.text(row, annex, extraText(extra, l), body);
                }
            });
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    private static String extraText(Extra extra, LedgerLine l) {
        String text = extra.text().apply(l.uscc());
        return text == null ? "" : text;
    }

    private static CellStyle bordered(SXSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
