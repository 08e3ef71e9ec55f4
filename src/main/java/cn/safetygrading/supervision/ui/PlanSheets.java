package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.domain.PlanFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The spreadsheets of {@link InspectionPlanView}: the plan and its figures, headed in the person's language. */
final class PlanSheets {

    private PlanSheets() {}

    static SpreadsheetExport.Table plan(List<PlanEntry> entries, Function<String, String> t) {
        List<String> headers = List.of(
                t.apply("ledger.name"),
                t.apply("ledger.uscc"),
                t.apply("ledger.region"),
                t.apply("ledger.class"),
                t.apply("ledger.grade"),
                t.apply("plan.intervalHeader"),
                t.apply("plan.last"),
                t.apply("plan.next"),
                t.apply("plan.dates"),
                t.apply("plan.watchHeader"),
                t.apply("plan.creditHeader"));
        return new SpreadsheetExport.Table(
                "plan",
                headers,
                entries.stream()
                        .map(p -> List.<Object>of(
                                p.name(),
                                p.uscc(),
                                p.regionName(),
                                p.enterpriseClass() == null ? "" : p.enterpriseClass(),
                                p.grade() == null ? "" : p.grade(),
                                p.intervalMonths(),
                                Formats.date(p.lastInspected()),
                                Formats.date(p.nextDue()),
                                p.dueInYear().stream().map(d -> Formats.date(d)).collect(Collectors.joining("，")),
                                p.watch() ? t.apply("plan.watch") : "",
                                creditCell(p, t)))
                        .toList());
    }

    /** The credit grade of a credit-graded enterprise, with 信用黑名单 for a d. */
    private static String creditCell(PlanEntry p, Function<String, String> t) {
        if (p.creditGrade() == null) {
            return "";
        }
        return p.blacklisted() ? p.creditGrade() + " · " + t.apply("plan.blacklist") : p.creditGrade();
    }

    static String figureLabel(PlanFigures f, Function<String, String> t) {
        return f.label() == null ? t.apply("plan.figures.blank") : f.label();
    }

    /** One sheet: every row of the three tables with its dimension (分区域 / 分部门 / 分行业) first. */
    static SpreadsheetExport.Table figures(Map<String, SummaryTable<PlanFigures>> figures, Function<String, String> t) {
        List<String> headers = List.of(
                t.apply("plan.figures.dimension"),
                t.apply("plan.figures.name"),
                t.apply("plan.figures.enterprises"),
                t.apply("plan.figures.drawn"),
                t.apply("plan.figures.inspected"),
                t.apply("plan.figures.overdue"));
        List<List<Object>> rows = new ArrayList<>();
        figures.forEach((dimension, table) -> table.getItems()
                .forEach(f -> rows.add(List.<Object>of(
                        t.apply("plan.figures." + dimension),
                        figureLabel(f, t),
                        f.enterprises(),
                        f.drawn(),
                        f.inspected(),
                        f.overdue()))));
        return new SpreadsheetExport.Table("figures", headers, rows);
    }
}
