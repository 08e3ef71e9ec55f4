package cn.safetygrading.base.file;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells of a workbook that no spreadsheet runs as a formula: a text that starts like one
 * ({@code = + - @}, a tab or a carriage return) keeps its characters and gets a quote-prefixed style
 * (Excel's leading-apostrophe flag, not shown and not part of the value), one clone per base style.
 */
public final class QuotedStyles {

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private CellStyle plainQuoted;

    public QuotedStyles(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Writes {@code value} into a new text cell of {@code row}, in {@code style} (or none). */
    public Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        CellStyle s = formulaLike(text) ? quoted(style) : style;
        if (s != null) {
            cell.setCellStyle(s);
        }
        return cell;
    }

    /** True for text a spreadsheet would take as the start of a formula. */
    public static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private CellStyle quoted(CellStyle base) {
        if (base == null) {
            if (plainQuoted == null) {
                plainQuoted = workbook.createCellStyle();
                plainQuoted.setQuotePrefixed(true);
            }
            return plainQuoted;
        }
        return quoted.computeIfAbsent(base, b -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(b);
            s.setQuotePrefixed(true);
            return s;
        });
    }
}
