package cn.safetygrading.base.ui;

import cn.safetygrading.base.file.QuotedStyles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * "Export to Excel" for the tables of a page: an .xlsx built when clicked; formula-like text keeps its
 * characters in quote-prefixed cells ({@link QuotedStyles}), so no spreadsheet runs it.
 */
public final class SpreadsheetExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A table to export: a header row and data rows (numbers stay numbers). */
    public record Table(String sheetName, List<String> headers, List<List<Object>> rows) {}

    private SpreadsheetExport() {}

    /** A download link that builds the table's workbook at the moment it is clicked. */
    public static Anchor link(String label, String fileName, Supplier<Table> table) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = xlsx(table.get());
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, XLSX, bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(" " + label);
        return anchor;
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.sheetName());
            QuotedStyles text = new QuotedStyles(workbook);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                text.text(header, c, table.headers().get(c), null);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
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
