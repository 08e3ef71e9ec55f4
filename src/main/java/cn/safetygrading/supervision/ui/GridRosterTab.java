package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.RosterRow;
import cn.safetygrading.supervision.service.SupervisionGridService;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The grid page's month (一乡镇一张表、一县区一名册): one row per enterprise of the selected region with
 * its 包保 person and the month's duties and problems, and the same roster as an Excel sheet. The
 * columns are declared once, for the page and the export.
 */
class GridRosterTab extends VerticalLayout {

    /** The columns of the monthly roster, in the export's order (the page shows some of them). */
    private static final Map<String, Function<RosterRow, Object>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("township", RosterRow::township);
        COLUMNS.put("uscc", RosterRow::uscc);
        COLUMNS.put("name", RosterRow::name);
        COLUMNS.put("riskLevel", RosterRow::riskLevel);
        COLUMNS.put("gridLevel", RosterRow::gridLevel);
        COLUMNS.put("unitName", RosterRow::unitName);
        COLUMNS.put("supervisorName", RosterRow::supervisorName);
        COLUMNS.put("phone", RosterRow::phone);
        COLUMNS.put("due", RosterRow::due);
        COLUMNS.put("done", RosterRow::done);
        COLUMNS.put("overdue", RosterRow::overdue);
        COLUMNS.put("escalated", RosterRow::escalated);
        COLUMNS.put("problemsReported", RosterRow::problemsReported);
        COLUMNS.put("problemsOpen", RosterRow::problemsOpen);
        COLUMNS.put("consultations", RosterRow::consultations);
    }

    final DatePicker month = new DatePicker();
    final Grid<RosterRow> roster = new Grid<>();
    private final SupervisionGridService grid;
    private final Account account;
    private final Clock clock;
    private final Supplier<Region> region;

    GridRosterTab(SupervisionGridService grid, Account account, Clock clock, Supplier<Region> region) {
        this.grid = grid;
        this.account = account;
        this.clock = clock;
        this.region = region;
        month.setLabel(getTranslation("gridView.month"));
        month.setValue(LocalDate.now(clock).withDayOfMonth(1));
        month.addValueChangeListener(e -> refresh());
        roster.setId("grid-roster");
        roster.addColumn(RosterRow::township)
                .setHeader(getTranslation("gridView.township"))
                .setAutoWidth(true);
        roster.addColumn(RosterRow::name)
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(2);
        roster.addColumn(RosterRow::supervisorName)
                .setHeader(getTranslation("gridView.supervisor"))
                .setAutoWidth(true);
        for (String column : List.of("due", "done", "overdue", "escalated", "problemsOpen", "consultations")) {
            roster.addColumn(r -> COLUMNS.get(column).apply(r))
                    .setHeader(getTranslation("gridView.col." + column))
                    .setAutoWidth(true);
        }
        Div export =
                new Div(SpreadsheetExport.link(getTranslation("gridView.export"), "baobao-monthly.xlsx", this::table));
        export.setId("grid-roster-export");
        add(new Paragraph(getTranslation("gridView.monthlyIntro")), new HorizontalLayout(month, export), roster);
    }

    void refresh() {
        roster.setItems(rows());
    }

    /** The month's roster of the selected region as one sheet: a township's table or a county's register. */
    SpreadsheetExport.Table table() {
        List<String> columns = List.copyOf(COLUMNS.keySet());
        List<List<Object>> rows = rows().stream()
                .map(r -> columns.stream()
                        .map(c -> cell(c, COLUMNS.get(c).apply(r)))
                        .toList())
                .toList();
        String name = region.get() == null ? "" : region.get().name();
        return new SpreadsheetExport.Table(
                name + " " + yearMonth(),
                columns.stream().map(c -> getTranslation("gridView.col." + c)).toList(),
                rows);
    }

    private Object cell(String column, Object value) {
        if ("riskLevel".equals(column)) {
            return level("risk", value);
        }
        if ("gridLevel".equals(column)) {
            return level("level", value);
        }
        return value == null ? "" : value;
    }

    private String level(String kind, Object value) {
        return value == null ? "—" : getTranslation("gridView." + kind + "." + value);
    }

    private List<RosterRow> rows() {
        return region.get() == null
                ? List.of()
                : grid.monthlyRoster(account, region.get().code(), yearMonth());
    }

    private YearMonth yearMonth() {
        return YearMonth.from(month.getValue() == null ? LocalDate.now(clock) : month.getValue());
    }
}
