package cn.safetygrading.consequence.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.consequence.domain.GradeStreak;
import cn.safetygrading.consequence.domain.MeasureProposal;
import cn.safetygrading.consequence.service.GradeStreaks;
import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dashboard's section of consequences for managers: the open proposals of measures (待处理措施建议,
 * each opening the enterprise file's 处理措施 tab), and the lists of consecutive low and high grades,
 * each exportable as xlsx.
 */
public class ConsequencesPanel extends VerticalLayout {

    final Grid<MeasureProposal> proposals = new Grid<>();
    final SummaryTable<GradeStreak> lowStreaks = new SummaryTable<>();
    final SummaryTable<GradeStreak> highStreaks = new SummaryTable<>();

    public ConsequencesPanel(MeasureService measures, GradeStreaks streaks, Account account) {
        setPadding(false);
        setId("dashboard-consequences");
        List<MeasureProposal> open = measures.openProposals(account);
        proposals.setId("consequence-proposals");
        proposals
                .addColumn(MeasureProposal::enterpriseName)
                .setHeader(getTranslation("consequence.enterprise"))
                .setAutoWidth(true);
        proposals
                .addColumn(MeasureProposal::regionName)
                .setHeader(getTranslation("consequence.region"))
                .setAutoWidth(true);
        proposals
                .addColumn(MeasureProposal::grade)
                .setHeader(getTranslation("consequence.grade"))
                .setAutoWidth(true);
        proposals
                .addColumn(p -> getTranslation("consequence.reason." + p.reason()))
                .setHeader(getTranslation("consequence.reason"))
                .setFlexGrow(2);
        proposals
                .addColumn(p -> Formats.dateTime(p.proposedAt()))
                .setHeader(getTranslation("consequence.proposedAt"))
                .setAutoWidth(true);
        proposals
                .addComponentColumn(p -> new Anchor(
                        "ledger/" + p.uscc() + "?tab=" + MeasuresSection.TITLE_KEY, getTranslation("consequence.open")))
                .setAutoWidth(true);
        proposals.setItems(open);
        proposals.setAllRowsVisible(open.size() <= 10);
        proposals.setEmptyStateText(getTranslation("consequence.none"));
        add(new H3(getTranslation("consequence.proposals")), proposals);

        List<GradeStreak> low = streaks.consecutiveLow(account);
        List<GradeStreak> high = streaks.consecutiveHigh(account);
        streakTable(lowStreaks, "consequence-low", low);
        streakTable(highStreaks, "consequence-high", high);
        add(head("consequence.lowStreak", "consecutive-low-grades.xlsx", () -> table("low", low)), lowStreaks);
        add(head("consequence.highStreak", "consecutive-high-grades.xlsx", () -> table("high", high)), highStreaks);
    }

    private static final List<String> HEADERS = List.of(
            "consequence.enterprise",
            "consequence.uscc",
            "consequence.region",
            "consequence.latestGrade",
            "consequence.latestGradedAt",
            "consequence.previousGrade",
            "consequence.previousGradedAt");

    private static final List<Function<GradeStreak, Object>> VALUES = List.of(
            GradeStreak::enterpriseName,
            GradeStreak::uscc,
            GradeStreak::regionName,
            GradeStreak::latestGrade,
            s -> Formats.date(s.latestGradedAt()),
            GradeStreak::previousGrade,
            s -> Formats.date(s.previousGradedAt()));

    private void streakTable(SummaryTable<GradeStreak> table, String id, List<GradeStreak> rows) {
        table.setId(id);
        for (int i = 0; i < HEADERS.size(); i++) {
            table.addShortColumn(getTranslation(HEADERS.get(i)), VALUES.get(i));
        }
        table.setEmptyText(getTranslation("consequence.none"));
        table.setItems(rows);
    }

    private SpreadsheetExport.Table table(String sheet, List<GradeStreak> rows) {
        return new SpreadsheetExport.Table(
                sheet,
                HEADERS.stream().map(this::getTranslation).toList(),
                rows.stream()
                        .map(r -> VALUES.stream().map(v -> v.apply(r)).toList())
                        .toList());
    }

    private Component head(String titleKey, String fileName, Supplier<SpreadsheetExport.Table> table) {
        HorizontalLayout head = new HorizontalLayout(
                new H3(getTranslation(titleKey)),
                SpreadsheetExport.link(getTranslation("consequence.export"), fileName, table));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        return head;
    }
}
