package cn.safetygrading.base.ui;

import cn.safetygrading.base.file.QuotedStyles;
import cn.safetygrading.base.file.SpreadsheetFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Export to Excel" for the tables of a page: an .xlsx built when clicked; formula-like text keeps its
 * characters in quote-prefixed cells ({@link QuotedStyles}), so no spreadsheet runs it.
 */
public final class SpreadsheetExport {

    public static final String XLSX = SpreadsheetFile.XLSX;

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
        return SpreadsheetFile.xlsx(table.sheetName(), table.headers(), table.rows());
    }
}
