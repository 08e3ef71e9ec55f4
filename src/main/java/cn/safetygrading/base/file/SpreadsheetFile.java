package cn.safetygrading.base.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table written as an .xlsx file, without any screen: formula-like text keeps its characters in
 * quote-prefixed cells ({@link QuotedStyles}), so no spreadsheet runs it; numbers stay numbers. Services
 * (e.g. the audit export) use it directly; {@code base.ui.SpreadsheetExport} wraps it in a download link.
 */
public final class SpreadsheetFile {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetFile() {}

    /** One sheet: a header row and data rows. */
    public static byte[] xlsx(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            QuotedStyles text = new QuotedStyles(workbook);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                text.text(header, c, headers.get(c), null);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        text.text(row, c, value == null ? "" : value.toString(), null);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For CSV: text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe. */
    public static String safe(String text) {
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
