package cn.safetygrading.ledger.file;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the ledger's header among the first rows of a sheet and turns the rows below it into
 * {@link LedgerRow}s. The header is the first row that names both 企业名称 and 统一社会信用代码, in any
 * column order, after any title and 填报单位 lines; if the next row holds the sub-headers of the annex's
 * merged group 企业分级 (行业类别, 分类, 分级, 监管分级), the two rows form the header together. Rows with
 * neither a name nor a code (blank lines, notes, 审签 lines) are skipped.
 */
public final class LedgerSheet implements RowHandler {

    /** How many rows may precede the header. */
    public static final int HEADER_SEARCH_ROWS = 30;

    @FunctionalInterface
    public interface Sink {
        void row(LedgerRow row) throws LedgerFileException;
    }

    private final Sink sink;
    private Map<LedgerColumn, Integer> columns;
    private List<String> firstHeaderRow;
    private boolean maybeSecondHeaderRow;
    private int rowsBeforeHeader;
    private int dataRows;

    public LedgerSheet(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void row(int rowNumber, List<String> cells) throws LedgerFileException {
        if (columns == null) {
            if (++rowsBeforeHeader > HEADER_SEARCH_ROWS) {
                throw new LedgerFileException("ledger.file.noHeader", HEADER_SEARCH_ROWS);
            }
            Map<LedgerColumn, Integer> candidate = map(cells);
            if (candidate.containsKey(LedgerColumn.NAME) && candidate.containsKey(LedgerColumn.USCC)) {
                columns = candidate;
                firstHeaderRow = List.copyOf(cells);
                maybeSecondHeaderRow = true;
            }
            return;
        }
        if (maybeSecondHeaderRow) {
            maybeSecondHeaderRow = false;
            Map<LedgerColumn, Integer> second = map(cells);
            if (LedgerColumn.GROUPED.stream().anyMatch(second::containsKey) && !second.containsKey(LedgerColumn.USCC)) {
                List<String> merged = new ArrayList<>();
                for (int i = 0; i < Math.max(cells.size(), firstHeaderRow.size()); i++) {
                    String lower = i < cells.size() ? cells.get(i) : "";
                    merged.add(
                            lower == null || lower.isBlank()
                                    ? (i < firstHeaderRow.size() ? firstHeaderRow.get(i) : "")
                                    : lower);
                }
                columns = map(merged);
                return;
            }
        }
        Map<LedgerColumn, String> values = new EnumMap<>(LedgerColumn.class);
        for (Map.Entry<LedgerColumn, Integer> c : columns.entrySet()) {
            int i = c.getValue();
            values.put(c.getKey(), CellText.clean(i < cells.size() ? cells.get(i) : ""));
        }
        if (values.get(LedgerColumn.NAME).isEmpty()
                && values.get(LedgerColumn.USCC).isEmpty()) {
            return;
        }
        dataRows++;
        sink.row(new LedgerRow(rowNumber, values));
    }

    /** Call after the last row: refuses a file that had no header at all. */
    public void finish() throws LedgerFileException {
        if (columns == null) {
            throw new LedgerFileException("ledger.file.noHeader", HEADER_SEARCH_ROWS);
        }
    }

    public int dataRows() {
        return dataRows;
    }

    /** Column of each known header cell; a header that names a column twice refuses the file. */
    private static Map<LedgerColumn, Integer> map(List<String> cells) throws LedgerFileException {
        Map<LedgerColumn, Integer> found = new EnumMap<>(LedgerColumn.class);
        LedgerColumn twice = null;
        for (int i = 0; i < cells.size(); i++) {
            var column = LedgerColumn.match(cells.get(i));
            if (column.isPresent() && found.putIfAbsent(column.get(), i) != null && twice == null) {
                twice = column.get();
            }
        }
        if (twice != null && found.containsKey(LedgerColumn.NAME) && found.containsKey(LedgerColumn.USCC)) {
            throw new LedgerFileException("ledger.file.duplicateColumn", twice.title());
        }
        return found;
    }
}
