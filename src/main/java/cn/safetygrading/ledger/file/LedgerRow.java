package cn.safetygrading.ledger.file;

import java.util.EnumMap;
import java.util.Map;

/** One data row of a ledger file: its row number and the cleaned text of each column the file has. */
public record LedgerRow(int row, Map<LedgerColumn, String> cells) {

    public LedgerRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    /** The cell's text, "" when empty or when the file has no such column. */
    public String get(LedgerColumn column) {
        return cells.getOrDefault(column, "");
    }

    /** Whether the file has this column at all. */
    public boolean has(LedgerColumn column) {
        return cells.containsKey(column);
    }
}
