package cn.safetygrading.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A small read-only table of figures (a handful to a few dozen rows, shown whole), drawn as one plain
 * HTML {@code <table>} rather than a {@code Grid}. A grid brings a virtual scroller, a data
 * communicator, a round trip for its rows and a server-side node per cell; the dashboard's seven
 * small tables cost about 300 ms in the browser on every load that way (measured). Here the table is
 * written once as HTML (every text escaped by jsoup) into a single element, as Vaadin's {@code Html}
 * does.
 * <p>
 * Columns are a header and a value: numbers are right-aligned in tabular figures, {@code null} is an
 * empty cell; a progress column draws a native {@code <progress>} with its figures beside it. Headers
 * are {@code <th scope="col">}, so screen readers announce them with each cell. For long, sortable or
 * selectable lists, use a {@code Grid} with lazy loading.
 */
@Tag("div")
@StyleSheet("context://css/sg-table.css")
public class SummaryTable<T> extends Component implements HasSize {

    private final List<Column<T>> columns = new ArrayList<>();
    private List<T> items = List.of();
    private String emptyText = "";

    private record Column<T>(String header, Function<T, ?> value, ToLongFunction<T> max, boolean nowrap) {
        /** The cell's text for this item, whose value is {@code v}. */
        String text(T item, Object v) {
            if (max != null) {
                return v + " / " + max.applyAsLong(item);
            }
            return v == null ? "" : v.toString();
        }
    }

    /** A table as wide as its container, as a grid is. */
    public SummaryTable() {
        getElement().setAttribute("class", "sg-table");
        setWidthFull();
    }

    /** A column of text or numbers (numbers are right-aligned); {@code null} shows as an empty cell; text wraps. */
    public SummaryTable<T> addColumn(String header, Function<T, ?> value) {
        return add(new Column<>(header, Objects.requireNonNull(value), null, false));
    }

    /** A column of short text that stays on one line (a time, a name). */
    public SummaryTable<T> addShortColumn(String header, Function<T, ?> value) {
        return add(new Column<>(header, Objects.requireNonNull(value), null, true));
    }

    /** A column of a bar filled to {@code value / max}, with "value / max" written beside it. */
    public SummaryTable<T> addProgressColumn(String header, ToLongFunction<T> value, ToLongFunction<T> max) {
        Objects.requireNonNull(value);
        return add(new Column<>(header, value::applyAsLong, Objects.requireNonNull(max), true));
    }

    private SummaryTable<T> add(Column<T> column) {
        columns.add(column);
        render();
        return this;
    }

    /** What the table says when it has no rows. */
    public void setEmptyText(String emptyText) {
        this.emptyText = emptyText == null ? "" : emptyText;
        render();
    }

    public void setItems(List<T> items) {
        this.items = List.copyOf(items);
        render();
    }

    public List<T> getItems() {
        return items;
    }

    /** The header texts, in column order. */
    public List<String> getHeaders() {
        return columns.stream().map(Column::header).toList();
    }

    /** The text of one cell, as the table shows it. */
    public String getCellText(int row, int column) {
        Column<T> c = columns.get(column);
        T item = items.get(row);
        return c.text(item, c.value().apply(item));
    }

    /** The table as HTML, as the browser is given it. */
    public String getHtml() {
        return getElement().getProperty("innerHTML", "");
    }

    private void render() {
        Document html = new Document("");
        html.outputSettings().prettyPrint(false);
        Element table = html.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (Column<T> column : columns) {
            Element th = head.appendElement("th").attr("scope", "col").text(column.header());
            if (numeric(column)) {
                th.addClass("sg-number");
            }
        }
        Element body = table.appendElement("tbody");
        if (items.isEmpty() && !emptyText.isEmpty() && !columns.isEmpty()) {
            body.appendElement("tr")
                    .appendElement("td")
                    .attr("colspan", String.valueOf(columns.size()))
                    .addClass("sg-empty")
                    .text(emptyText);
        }
        for (T item : items) {
            Element row = body.appendElement("tr");
            for (Column<T> column : columns) {
                Object value = column.value().apply(item);
                Element cell = row.appendElement("td");
                if (column.max() != null) {
                    long bar = Math.max(1, column.max().applyAsLong(item));
                    cell.addClass("sg-progress");
                    cell.appendElement("progress")
                            .attr("max", String.valueOf(bar))
                            .attr("value", String.valueOf(Math.min(((Number) value).longValue(), bar)))
                            .attr("aria-hidden", "true");
                    cell.appendElement("span").text(column.text(item, value));
                } else {
                    if (value instanceof Number) {
                        cell.addClass("sg-number");
                    } else if (column.nowrap()) {
                        cell.addClass("sg-nowrap");
                    }
                    cell.text(column.text(item, value));
                }
            }
        }
        getElement().setProperty("innerHTML", table.outerHtml());
    }

    /** Whether a column holds numbers (judged by its first value), so its header aligns with them. */
    private boolean numeric(Column<T> column) {
        return column.max() == null && !items.isEmpty() && column.value().apply(items.get(0)) instanceof Number;
    }
}
