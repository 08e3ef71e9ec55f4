package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.ChartPanel;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.consequence.service.GradeStreaks;
import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.consequence.ui.ConsequencesPanel;
import cn.safetygrading.dashboard.service.DashboardService;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    final SummaryTable<DashboardService.OverdueByRegion> overdueByRegion = new SummaryTable<>();
    final SummaryTable<DashboardService.OverdueByAssignee> overdueByAssignee = new SummaryTable<>();
    final SummaryTable<Campaign> campaigns = new SummaryTable<>();
    final SummaryTable<DashboardService.OverdueByDepartment> overdueByDepartment = new SummaryTable<>();
    final ComboBox<Campaign> progressCampaign = new ComboBox<>();
    final SummaryTable<CampaignProgress> progress = new SummaryTable<>();
    final ChartPanel progressChart = new ChartPanel();
    final SummaryTable<CampaignProgress> progressByDepartment = new SummaryTable<>();
    final SummaryTable<CampaignProgress> progressByIndustry = new SummaryTable<>();
    /** The chosen campaign's open tasks per step, each number opening the list of those cases' tasks. */
    final FlexLayout progressLists = new FlexLayout();

    private static final List<String> PROGRESS_TASKS =
            List.of("selfAssessment", "departmentDiagnosis", "preliminaryReview", "spotCheck", "objectionReview");
    private InboxQueries inbox;

    /** The steps of a campaign's progress table: message key and value. */
    private static final List<Map.Entry<String, ToLongFunction<CampaignProgress>>> STEPS = List.of(
            Map.entry("dashboard.total", CampaignProgress::total),
            Map.entry("portal.step.selfAssessment", CampaignProgress::selfAssessment),
            Map.entry("task.departmentDiagnosis", CampaignProgress::departmentDiagnosis),
            Map.entry("portal.step.preliminaryReview", CampaignProgress::preliminaryReview),
            Map.entry("portal.step.spotCheck", CampaignProgress::spotCheck),
            Map.entry("portal.step.NOTICE", CampaignProgress::notice),
            Map.entry("portal.step.GRADED", CampaignProgress::graded));

    /** The count columns of the ledger tables: message key and value. */
    private static final List<Map.Entry<String, ToLongFunction<LedgerTally>>> COUNTS = List.of(
            Map.entry("dashboard.total", LedgerTally::total),
            Map.entry("class.I", LedgerTally::classI),
            Map.entry("class.II", LedgerTally::classII),
            Map.entry("dashboard.gradeA", LedgerTally::gradeA),
            Map.entry("dashboard.gradeB", LedgerTally::gradeB),
            Map.entry("dashboard.gradeC", LedgerTally::gradeC),
            Map.entry("dashboard.gradeD", LedgerTally::gradeD),
            Map.entry("dashboard.ungraded", LedgerTally::ungraded));

    ConsequencesPanel consequences;
    private final TaskNotifier urger;

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
        this.inbox = inbox;
        // 催办 behind the task figures: managers (and administrators) only
        this.urger = account.isAdmin() || account.has(Role.MANAGER) ? notifier : null;
        DashboardService.Overview overview = dashboard.overview(account);
        // each number opens the list behind it (same scope, same filter)
        FlexLayout tiles = new FlexLayout(
                tile(
                        "dashboard.enterprises",
                        overview.enterprises(),
                        () -> DrillDown.enterprises(
                                getTranslation("dashboard.enterprises"),
                                ledger,
                                account,
                                new EnterpriseFilter(null, null, null, null, null, EnterpriseFilter.GRADABLE))),
                tile(
                        "dashboard.classI",
                        overview.classI(),
                        () -> DrillDown.enterprises(
                                getTranslation("dashboard.classI"),
                                ledger,
                                account,
                                new EnterpriseFilter(null, null, null, "I", null, EnterpriseFilter.GRADABLE))),
                tile("dashboard.graded", overview.graded()),
                tile(
                        "dashboard.openTasks",
                        overview.openTasks(),
                        () -> DrillDown.tasks(
                                getTranslation("dashboard.openTasks"), inbox, account, InboxFilter.all(), urger)),
                tile(
                        "dashboard.overdueTasks",
                        overview.overdueTasks(),
                        () -> DrillDown.tasks(
                                getTranslation("dashboard.overdueTasks"),
                                inbox,
                                account,
                                new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, true, null, null),
                                urger)),
                tile("dashboard.watched", dashboard.watched(account)));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("nav.dashboard")), tiles);
        SupervisionFigures supervision = figures.figures(account);
        FlexLayout supervisionTiles = new FlexLayout(
                tile("dashboard.openHazards", supervision.openHazards()),
                tile("dashboard.overdueHazards", supervision.overdueHazards()),
                tile("dashboard.listedHazards", supervision.listedMajorHazards()),
                tile("dashboard.inspectionsDone", supervision.inspectionsDone()),
                tile("dashboard.inspectionsPlanned", supervision.inspectionsPlanned()),
                tile("dashboard.stationing", supervision.activeStationing()),
                tile("dashboard.overdueDuties", supervision.overdueDuties()));
        supervisionTiles.setId("dashboard-supervision");
        supervisionTiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        supervisionTiles.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H3(getTranslation("dashboard.supervision")), supervisionTiles);
        consequences = new ConsequencesPanel(measures, streaks, account); // 待处理措施建议, consecutive grades
        add(consequences);

        List<LedgerTally> byRegion = List.copyOf(overview.regions());
        countsGrid(regions, "dashboard-regions", "ledger.region", byRegion);
        add(
                section(
                        "dashboard.byRegion",
                        "ledger-by-region.xlsx",
                        () -> countTable("ledger", "ledger.region", byRegion, LedgerTally::label, COUNTS)),
                regions);
        List<LedgerTally> byIndustry = List.copyOf(dashboard.byIndustry(account));
        countsGrid(industries, "dashboard-industries", "ledger.industry", byIndustry);

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
        HorizontalLayout charts = new HorizontalLayout(box(gradeChart), box(classChart));
        charts.setWidthFull();
        add(charts);
        add(
                section(
                        "dashboard.byIndustry",
                        "ledger-by-industry.xlsx",
                        () -> countTable("ledger", "ledger.industry", byIndustry, LedgerTally::label, COUNTS)),
                industries);
        // 分行业、分领域、分区域 (seed 000): also by 直接监管责任部门
        List<LedgerTally> byDepartment = dashboard.byDepartment(account).stream()
                .map(d -> (LedgerTally)
                        (d.department().isEmpty() ? d.labelled(getTranslation("dashboard.noDepartment")) : d))
                .toList();
        countsGrid(departments, "dashboard-departments", "dashboard.supervisingDepartment", byDepartment);
        add(
                section(
                        "dashboard.byDepartment",
                        "ledger-by-department.xlsx",
                        () -> countTable(
                                "ledger", "dashboard.supervisingDepartment", byDepartment, LedgerTally::label, COUNTS)),
                departments);

        List<DashboardService.OverdueByRegion> late = dashboard.overdueByRegion(account);
        overdueByRegion.setId("dashboard-overdue-regions");
        overdueByRegion.addColumn(getTranslation("ledger.region"), DashboardService.OverdueByRegion::regionName);
        overdueByRegion.addColumn(getTranslation("dashboard.overdueTasks"), DashboardService.OverdueByRegion::overdue);
        overdueByRegion.setEmptyText(getTranslation("dashboard.noneOverdue"));
        overdueByRegion.setItems(late);
        List<DashboardService.OverdueByAssignee> lateByAssignee = dashboard.overdueByAssignee(account);
        overdueByAssignee.setId("dashboard-overdue-assignees");
        overdueByAssignee.addColumn(
                getTranslation("inbox.assignee"),
                a -> a.assignee().isEmpty() ? getTranslation("dashboard.unclaimed") : a.assignee());
        overdueByAssignee.addColumn(
                getTranslation("dashboard.overdueTasks"), DashboardService.OverdueByAssignee::overdue);
        overdueByAssignee.addColumn(
                getTranslation("dashboard.maxDaysOverdue"), DashboardService.OverdueByAssignee::maxDaysOverdue);
        overdueByAssignee.setEmptyText(getTranslation("dashboard.noneOverdue"));
        overdueByAssignee.setItems(lateByAssignee);
        List<DashboardService.OverdueByDepartment> lateByDepartment = dashboard.overdueByDepartment(account);
        overdueByDepartment.setId("dashboard-overdue-departments");
        overdueByDepartment.addColumn(
                getTranslation("dashboard.department"),
                d -> d.department().isEmpty() ? getTranslation("dashboard.unclaimed") : d.department());
        overdueByDepartment.addColumn(
                getTranslation("dashboard.overdueTasks"), DashboardService.OverdueByDepartment::overdue);
        overdueByDepartment.addColumn(
                getTranslation("dashboard.maxDaysOverdue"), DashboardService.OverdueByDepartment::maxDaysOverdue);
        overdueByDepartment.setEmptyText(getTranslation("dashboard.noneOverdue"));
        overdueByDepartment.setItems(lateByDepartment);
        HorizontalLayout overdue = new HorizontalLayout(
                box(
                        section(
                                "dashboard.overdueByRegion",
                                "overdue-by-region.xlsx",
                                () -> new SpreadsheetExport.Table(
                                        "overdue",
                                        List.of(
                                                getTranslation("ledger.region"),
                                                getTranslation("dashboard.overdueTasks")),
                                        late.stream()
                                                .map(r -> List.<Object>of(r.regionName(), r.overdue()))
                                                .toList())),
                        overdueByRegion),
                box(
                        section(
                                "dashboard.overdueByAssignee",
                                "overdue-by-assignee.xlsx",
                                () -> new SpreadsheetExport.Table(
                                        "overdue",
                                        List.of(
                                                getTranslation("inbox.assignee"),
                                                getTranslation("dashboard.overdueTasks"),
                                                getTranslation("dashboard.maxDaysOverdue")),
                                        lateByAssignee.stream()
                                                .map(a ->
                                                        List.<Object>of(a.assignee(), a.overdue(), a.maxDaysOverdue()))
                                                .toList())),
                        overdueByAssignee),
                box(
                        section(
                                "dashboard.overdueByDepartment",
                                "overdue-by-department.xlsx",
                                () -> new SpreadsheetExport.Table(
                                        "overdue",
                                        List.of(
                                                getTranslation("dashboard.department"),
                                                getTranslation("dashboard.overdueTasks"),
                                                getTranslation("dashboard.maxDaysOverdue")),
                                        lateByDepartment.stream()
                                                .map(d -> List.<Object>of(
                                                        d.department(), d.overdue(), d.maxDaysOverdue()))
                                                .toList())),
                        overdueByDepartment));
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
        campaigns.addColumn(getTranslation("campaign.status"), c -> getTranslation("campaign.status." + c.status()));
        campaigns.addProgressColumn(getTranslation("campaign.started"), Campaign::started, Campaign::total);
        campaigns.addColumn(getTranslation("campaign.closesAt"), c -> Formats.date(c.closesAt()));
        campaigns.setEmptyText(getTranslation("dashboard.noCampaigns"));
        campaigns.setItems(inScope);
        add(new H3(getTranslation("nav.campaigns")), campaigns);

        // where the chosen campaign stands, per county and step
        progressCampaign.setLabel(getTranslation("inbox.campaign"));
        progressCampaign.setItems(inScope);
        progressCampaign.setItemLabelGenerator(Campaign::name);
        progressCampaign.setId("dashboard-progress-campaign");
        progress.setId("dashboard-progress");
        progress.addColumn(getTranslation("ledger.region"), CampaignProgress::regionName);
        STEPS.forEach(step -> progress.addColumn(
                getTranslation(step.getKey()), p -> step.getValue().applyAsLong(p)));
        progressChart.setId("dashboard-progress-chart");
        progressByDepartment.setId("dashboard-progress-departments");
        progressByDepartment.addColumn(getTranslation("dashboard.supervisingDepartment"), CampaignProgress::regionName);
        STEPS.forEach(step -> progressByDepartment.addColumn(
                getTranslation(step.getKey()), p -> step.getValue().applyAsLong(p)));
        progressByIndustry.setId("dashboard-progress-industries");
        progressByIndustry.addColumn(getTranslation("ledger.industry"), CampaignProgress::regionName);
        STEPS.forEach(step -> progressByIndustry.addColumn(
                getTranslation(step.getKey()), p -> step.getValue().applyAsLong(p)));
        progressCampaign.addValueChangeListener(e -> showProgress(dashboard, account, e.getValue()));
        add(
                section(
                        "dashboard.progress",
                        "campaign-progress.xlsx",
                        () -> countTable(
                                "progress", "ledger.region", progress.getItems(), CampaignProgress::regionName, STEPS)),
                progressCampaign,
                progressLists,
                progress,
                progressChart);
        progressLists.setId("dashboard-progress-lists");
        progressLists.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        progressLists.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
        add(
                section(
                        "dashboard.progressByDepartment",
                        "campaign-progress-by-department.xlsx",
                        () -> countTable(
                                "progress",
                                "dashboard.supervisingDepartment",
                                progressByDepartment.getItems(),
                                CampaignProgress::regionName,
                                STEPS)),
                progressByDepartment);
        add(
                section(
                        "dashboard.progressByIndustry",
                        "campaign-progress-by-industry.xlsx",
                        () -> countTable(
                                "progress",
                                "ledger.industry",
                                progressByIndustry.getItems(),
                                CampaignProgress::regionName,
                                STEPS)),
                progressByIndustry);
        inScope.stream()
                .filter(c -> "RUNNING".equals(c.status()))
                .findFirst()
                .or(() -> inScope.stream().findFirst())
                .ifPresentOrElse(progressCampaign::setValue, () -> progressChart.setVisible(false));
    }

    void showProgress(DashboardService dashboard, Account account, Campaign campaign) {
        List<CampaignProgress> rows = campaign == null ? List.of() : dashboard.campaignProgress(account, campaign.id());
        progress.setItems(rows);
        progressByDepartment.setItems(
                campaign == null
                        ? List.of()
                        : dashboard.campaignProgressByDepartment(account, campaign.id()).stream()
                                .map(p -> p.regionName().isEmpty()
                                        ? relabel(p, getTranslation("dashboard.noDepartment"))
                                        : p)
                                .toList());
        progressByIndustry.setItems(
                campaign == null
                        ? List.of()
                        : dashboard.campaignProgressByIndustry(account, campaign.id()).stream()
                                .map(p -> p.regionName().isEmpty()
                                        ? relabel(p, getTranslation("dashboard.noIndustry"))
                                        : p)
                                .toList());
        progressChart.setVisible(!rows.isEmpty());
        progressLists.removeAll();
        if (campaign != null) {
            for (String key : PROGRESS_TASKS) {
                InboxFilter filter =
                        new InboxFilter(InboxFilter.Show.ALL, key, null, campaign.id(), null, false, null, null);
                long open = inbox.count(account, filter);
                String label = getTranslation("dashboard.drill.step", getTranslation("task." + key), open);
                Button list = new Button(
                        label,
                        e -> DrillDown.tasks(campaign.name() + " · " + label, inbox, account, filter, urger)
                                .open());
                list.setId("dashboard-progress-open-" + key);
                list.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.setEnabled(open > 0);
                progressLists.add(list);
            }
        }
        List<ChartPanel.Series> series = new ArrayList<>();
        for (int i = 1; i < STEPS.size(); i++) {
            var step = STEPS.get(i);
            series.add(new ChartPanel.Series(
                    getTranslation(step.getKey()),
                    rows.stream().map(r -> step.getValue().applyAsLong(r)).toList(),
                    ChartPanel.PALETTE.get((i - 1) % ChartPanel.PALETTE.size())));
        }
        progressChart.showStackedBars(
                getTranslation("dashboard.progressChart"),
                rows.stream().map(CampaignProgress::regionName).toList(),
                series,
                false);
    }

    private static CampaignProgress relabel(CampaignProgress p, String label) {
        return new CampaignProgress(
                p.regionCode(),
                label,
                p.total(),
                p.selfAssessment(),
                p.departmentDiagnosis(),
                p.preliminaryReview(),
                p.spotCheck(),
                p.notice(),
                p.graded());
    }

    private void countsGrid(SummaryTable<LedgerTally> table, String id, String labelKey, List<LedgerTally> rows) {
        table.setId(id);
        table.addColumn(getTranslation(labelKey), LedgerTally::label);
        COUNTS.forEach(c ->
                table.addColumn(getTranslation(c.getKey()), r -> c.getValue().applyAsLong(r)));
        table.setItems(rows);
    }

    /** A table of counts for the Excel export: a label column, then one column per entry. */
    private <T> SpreadsheetExport.Table countTable(
            String sheet,
            String labelKey,
            List<T> rows,
            Function<T, String> label,
            List<Map.Entry<String, ToLongFunction<T>>> columns) {
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation(labelKey));
        columns.forEach(c -> headers.add(getTranslation(c.getKey())));
        return new SpreadsheetExport.Table(
                sheet,
                headers,
                rows.stream()
                        .map(r -> {
                            List<Object> values = new ArrayList<>();
                            values.add(label.apply(r));
                            columns.forEach(c -> values.add(c.getValue().applyAsLong(r)));
                            return values;
                        })
                        .toList());
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

    private Component section(
            String titleKey, String fileName, java.util.function.Supplier<SpreadsheetExport.Table> table) {
        HorizontalLayout head = new HorizontalLayout(
                new H3(getTranslation(titleKey)),
                SpreadsheetExport.link(getTranslation("dashboard.export"), fileName, table));
        head.setAlignItems(Alignment.BASELINE);
        return head;
    }

    private static VerticalLayout box(Component... content) {
        VerticalLayout box = new VerticalLayout(content);
        box.setPadding(false);
        return box;
    }

    private Component tile(String key, long value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return tile(key, number);
    }

    /** A figure that opens the list behind it: the number is a button (keyboard and screen reader reach it). */
    private Component tile(String key, long value, java.util.function.Supplier<DrillDown> list) {
        Button number = new Button(String.valueOf(value), e -> list.get().open());
        number.setId(key.replace('.', '-') + "-open");
        number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        number.getElement()
                .setAttribute("aria-label", getTranslation("dashboard.drill.open", getTranslation(key), value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return tile(key, number);
    }

    private Component tile(String key, Component number) {
        Div tile = new Div(number, new Div(getTranslation(key)));
        tile.setId(key.replace('.', '-'));
        tile.getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("min-width", "10em");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
