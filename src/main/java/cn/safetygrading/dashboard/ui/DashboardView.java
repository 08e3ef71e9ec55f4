package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.ChartPanel;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.consequence.service.GradeStreaks;
import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.consequence.ui.ConsequencesPanel;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.dashboard.service.DashboardService.OverdueByAssignee;
import cn.safetygrading.dashboard.service.DashboardService.OverdueByDepartment;
import cn.safetygrading.dashboard.service.DashboardService.OverdueByRegion;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.LedgerTally;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.notification.service.TaskNotifier;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import cn.safetygrading.supervision.domain.SupervisionFigures;
import cn.safetygrading.supervision.service.SupervisionFiguresService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * 监管看板: the manager's region at a glance — the ledger by class and grade per region, industry and
 * 直接监管责任部门, overdue work by county and by assignee, what falls due this week, campaign progress per
 * region, department and industry; every table exports to Excel.
 */
@Route("dashboard")
@Menu(order = 2, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final SummaryTable<LedgerTally> regions = new SummaryTable<>();
    final SummaryTable<LedgerTally> industries = new SummaryTable<>();
    final SummaryTable<LedgerTally> departments = new SummaryTable<>();
    final ChartPanel gradeChart = new ChartPanel();
    final ChartPanel classChart = new ChartPanel();
    final SummaryTable<OverdueByRegion> overdueByRegion = new SummaryTable<>();
    final SummaryTable<OverdueByAssignee> overdueByAssignee = new SummaryTable<>();
    final SummaryTable<Campaign> campaigns = new SummaryTable<>();
    final SummaryTable<OverdueByDepartment> overdueByDepartment = new SummaryTable<>();
    final ComboBox<Campaign> progressCampaign;
    final SummaryTable<CampaignProgress> progress;
    final ChartPanel progressChart;
    final SummaryTable<CampaignProgress> progressByDepartment;
    final SummaryTable<CampaignProgress> progressByIndustry;
    /** The chosen campaign's open tasks per step, each number opening the list of those cases' tasks. */
    final FlexLayout progressLists;

    ConsequencesPanel consequences;

    public DashboardView(
            DashboardService dashboard,
            SupervisionFiguresService figures,
            CurrentAccount current,
            MeasureService measures,
            GradeStreaks streaks,
            LedgerService ledger,
            InboxQueries inbox,
            TaskNotifier notifier) {
        Account account = current.require();
        // 催办 behind the task figures: managers (and administrators) only
        TaskNotifier urger = account.isAdmin() || account.has(Role.MANAGER) ? notifier : null;
        DashboardService.Overview overview = dashboard.overview(account);
        // each number opens the list behind it (same scope, same filter)
        FlexLayout tiles = Sections.tiles(
                Sections.tile(
                        this,
                        "dashboard.enterprises",
                        overview.enterprises(),
                        () -> DrillDown.enterprises(
                                getTranslation("dashboard.enterprises"),
                                ledger,
                                account,
                                new EnterpriseFilter(null, null, null, null, null, EnterpriseFilter.GRADABLE))),
                Sections.tile(
                        this,
                        "dashboard.classI",
                        overview.classI(),
                        () -> DrillDown.enterprises(
                                getTranslation("dashboard.classI"),
                                ledger,
                                account,
                                new EnterpriseFilter(null, null, null, "I", null, EnterpriseFilter.GRADABLE))),
                Sections.tile(this, "dashboard.graded", overview.graded()),
                Sections.tile(
                        this,
                        "dashboard.openTasks",
                        overview.openTasks(),
                        () -> DrillDown.tasks(
                                getTranslation("dashboard.openTasks"), inbox, account, InboxFilter.all(), urger)),
                Sections.tile(
                        this,
                        "dashboard.overdueTasks",
                        overview.overdueTasks(),
                        () -> DrillDown.tasks(
                                getTranslation("dashboard.overdueTasks"),
                                inbox,
                                account,
                                new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, true, null, null),
                                urger)),
                Sections.tile(this, "dashboard.watched", dashboard.watched(account)));
        add(new H2(getTranslation("nav.dashboard")), tiles);
        SupervisionFigures supervision = figures.figures(account);
        FlexLayout supervisionTiles = Sections.tiles(
                Sections.tile(this, "dashboard.openHazards", supervision.openHazards()),
                Sections.tile(this, "dashboard.overdueHazards", supervision.overdueHazards()),
                Sections.tile(this, "dashboard.listedHazards", supervision.listedMajorHazards()),
                Sections.tile(this, "dashboard.inspectionsDone", supervision.inspectionsDone()),
                Sections.tile(this, "dashboard.inspectionsPlanned", supervision.inspectionsPlanned()),
                Sections.tile(this, "dashboard.stationing", supervision.activeStationing()),
                Sections.tile(this, "dashboard.overdueDuties", supervision.overdueDuties()));
        supervisionTiles.setId("dashboard-supervision");
        add(new H3(getTranslation("dashboard.supervision")), supervisionTiles);
        consequences = new ConsequencesPanel(measures, streaks, account); // 待处理措施建议, consecutive grades
        add(consequences);

        List<LedgerTally> byRegion = List.copyOf(overview.regions());
        List<LedgerTally> byIndustry = List.copyOf(dashboard.byIndustry(account));
        // 分行业、分领域、分区域 (seed 000): also by 直接监管责任部门
        List<LedgerTally> byDepartment = dashboard.byDepartment(account).stream()
                .map(d -> (LedgerTally)
                        (d.department().isEmpty() ? d.labelled(getTranslation("dashboard.noDepartment")) : d))
                .toList();
        add(ledgerTable(regions, "dashboard-regions", "ledger.region", byRegion, "dashboard.byRegion", "region"));
        showCharts(byRegion, byIndustry);
        add(ledgerTable(
                industries, "dashboard-industries", "ledger.industry", byIndustry, "dashboard.byIndustry", "industry"));
        add(ledgerTable(
                departments,
                "dashboard-departments",
                "dashboard.supervisingDepartment",
                byDepartment,
                "dashboard.byDepartment",
                "department"));

        HorizontalLayout overdue = new HorizontalLayout(
                overdueTable(
                        overdueByRegion,
                        "dashboard-overdue-regions",
                        DashboardTables.overdueByRegion(this::translate),
                        dashboard.overdueByRegion(account),
                        "dashboard.overdueByRegion",
                        "overdue-by-region.xlsx"),
                overdueTable(
                        overdueByAssignee,
                        "dashboard-overdue-assignees",
                        DashboardTables.overdueByAssignee(this::translate),
                        dashboard.overdueByAssignee(account),
                        "dashboard.overdueByAssignee",
                        "overdue-by-assignee.xlsx"),
                overdueTable(
                        overdueByDepartment,
                        "dashboard-overdue-departments",
                        DashboardTables.overdueByDepartment(this::translate),
                        dashboard.overdueByDepartment(account),
                        "dashboard.overdueByDepartment",
                        "overdue-by-department.xlsx"));
        overdue.setWidthFull();
        add(overdue);

        Map<String, Long> dueSoon = dashboard.dueThisWeek(account);
        FlexLayout soon = new FlexLayout();
        soon.setId("dashboard-due-soon");
        soon.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        soon.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        dueSoon.forEach((key, n) -> soon.add(new Span(getTranslation("task." + key) + "：" + n)));
        add(new H3(getTranslation("dashboard.dueThisWeek")), soon);

        List<Campaign> inScope = dashboard.campaigns(account);
        campaigns.setId("dashboard-campaigns");
        campaigns.addColumn(getTranslation("campaign.name"), Campaign::name);
        campaigns.addColumn(
                getTranslation("campaign.status"),
                c -> getTranslation(c.status().labelKey()));
        campaigns.addProgressColumn(getTranslation("campaign.started"), Campaign::started, Campaign::total);
        campaigns.addColumn(getTranslation("campaign.closesAt"), c -> Formats.date(c.closesAt()));
        campaigns.setEmptyText(getTranslation("dashboard.noCampaigns"));
        campaigns.setItems(inScope);
        add(new H3(getTranslation("nav.campaigns")), campaigns);

        // where the chosen campaign stands, per county and step
        CampaignProgressSection section = new CampaignProgressSection(dashboard, account, inbox, urger, inScope);
        progressCampaign = section.campaign;
        progress = section.byRegion;
        progressChart = section.chart;
        progressByDepartment = section.byDepartment;
        progressByIndustry = section.byIndustry;
        progressLists = section.lists;
        add(section);
    }

    private String translate(String key) {
        return getTranslation(key);
    }

    /** A ledger table (label, then counts) under its title with its export: one declaration for both. */
    private Component ledgerTable(
            SummaryTable<LedgerTally> table,
            String id,
            String labelKey,
            List<LedgerTally> rows,
            String titleKey,
            String fileSuffix) {
        Columns<LedgerTally> columns = DashboardTables.ledger(this::translate, labelKey);
        columns.showIn(table).setId(id);
        table.setItems(rows);
        return Sections.box(
                Sections.exported(
                        this, titleKey, "ledger-by-" + fileSuffix + ".xlsx", () -> columns.export("ledger", rows)),
                table);
    }

    /** An overdue table under its title with its export: one declaration for both. */
    private <T> Component overdueTable(
            SummaryTable<T> table, String id, Columns<T> columns, List<T> rows, String titleKey, String fileName) {
        columns.showIn(table).setId(id);
        table.setEmptyText(getTranslation("dashboard.noneOverdue"));
        table.setItems(rows);
        return Sections.box(Sections.exported(this, titleKey, fileName, () -> columns.export("overdue", rows)), table);
    }

    private void showCharts(List<LedgerTally> byRegion, List<LedgerTally> byIndustry) {
        gradeChart.setId("dashboard-grade-chart");
        gradeChart.showStackedBars(
                getTranslation("dashboard.gradeChart"),
                labels(byRegion),
                List.of(
                        series("dashboard.gradeA", byRegion, LedgerTally::gradeA, 0),
                        series("dashboard.gradeB", byRegion, LedgerTally::gradeB, 1),
                        series("dashboard.gradeC", byRegion, LedgerTally::gradeC, 2),
                        series("dashboard.gradeD", byRegion, LedgerTally::gradeD, 3),
                        series("dashboard.ungraded", byRegion, LedgerTally::ungraded, 4)),
                false);
        classChart.setId("dashboard-class-chart");
        classChart.showStackedBars(
                getTranslation("dashboard.classChart"),
                labels(byIndustry),
                List.of(
                        series("class.I", byIndustry, LedgerTally::classI, 5),
                        series("class.II", byIndustry, LedgerTally::classII, 6)),
                true);
        classChart.setHeight(Math.max(240, 28 * byIndustry.size() + 100) + "px");
        HorizontalLayout charts = new HorizontalLayout(Sections.box(gradeChart), Sections.box(classChart));
        charts.setWidthFull();
        add(charts);
    }

    private static List<String> labels(List<LedgerTally> rows) {
        return rows.stream().map(LedgerTally::label).toList();
    }

    private ChartPanel.Series series(
            String key, List<LedgerTally> rows, ToLongFunction<LedgerTally> value, int colour) {
        return new ChartPanel.Series(
                getTranslation(key),
                rows.stream().map(r -> value.applyAsLong(r)).toList(),
                ChartPanel.PALETTE.get(colour));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
