package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.SummaryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A dashboard table's columns, declared once: the header (a message key) and the value of each. The table on screen
 * ({@link #showIn}) and its Excel export ({@link #export}) both read this declaration, so they cannot drift apart.
 */
final class Columns<T> {

    /** One column: its header, already in the person's language, and how a row gives its value. */
    record Column<T>(String header, Function<T, ?> value) {}

    private final Function<String, String> translate;
    private final List<Column<T>> columns = new ArrayList<>();

    /** Columns whose header keys {@code translate} turns into the person's language. */
    Columns(Function<String, String> translate) {
        this.translate = translate;
    }

    /** A column of text (or any value shown as it is). */
    Columns<T> text(String headerKey, Function<T, ?> value) {
        columns.add(new Column<>(translate.apply(headerKey), value));
        return this;
    }

    /** A column of counts (right-aligned on screen, numbers in the workbook). */
    Columns<T> count(String headerKey, ToLongFunction<T> value) {
        columns.add(new Column<>(translate.apply(headerKey), r -> value.applyAsLong(r)));
        return this;
    }

    /** The declared columns, in order. */
    List<Column<T>> columns() {
        return List.copyOf(columns);
    }

    /** Gives {@code table} these columns, in order. */
    SummaryTable<T> showIn(SummaryTable<T> table) {
        columns.forEach(c -> table.addColumn(c.header(), c.value()));
        return table;
    }

    /** The rows as a sheet for the Excel export: the same headers and values as the table shows. */
    SpreadsheetExport.Table export(String sheet, List<T> rows) {
        return new SpreadsheetExport.Table(
                sheet,
                columns.stream().map(Column::header).toList(),
                rows.stream()
                        .map(r -> columns.stream()
                                .<Object>map(c -> c.value().apply(r))
                                .toList())
                        .toList());
    }
}
