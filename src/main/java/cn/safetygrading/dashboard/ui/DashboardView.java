package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * 监管看板: the manager's region at a glance — the ledger by class and grade, overdue work by county
 * and by assignee, what falls due this week, campaign progress; every table exports to Excel.
 */
@Route("dashboard")
@Menu(order = 2, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RegionStatistics> regions = new Grid<>(RegionStatistics.class, false);
    final Grid<DashboardService.OverdueByRegion> overdueByRegion = new Grid<>(DashboardService.OverdueByRegion.class, false);
    final Grid<DashboardService.OverdueByAssignee> overdueByAssignee = new Grid<>(DashboardService.OverdueByAssignee.class, false);
    final Grid<Campaign> campaigns = new Grid<>(Campaign.class, false);
    private final List<String> regionHeaders = new ArrayList<>();
    private final List<ToLongFunction<RegionStatistics>> regionValues = new ArrayList<>();

    public DashboardView(DashboardService dashboard, CurrentAccount current) {
        Account account = current.require();
        DashboardService.Overview overview = dashboard.overview(account);
        FlexLayout tiles = new FlexLayout(
                tile("dashboard.enterprises", overview.enterprises()),
                tile("dashboard.classI", overview.classI()),
                tile("dashboard.graded", overview.graded()),
                tile("dashboard.openTasks", overview.openTasks()),
                tile("dashboard.overdueTasks", overview.overdueTasks()));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("nav.dashboard")), tiles);

        regions.setId("dashboard-regions");
        regions.addColumn(RegionStatistics::regionName).setHeader(getTranslation("ledger.region")).setAutoWidth(true);
        count("dashboard.total", RegionStatistics::total);
        count("class.I", RegionStatistics::classI);
        count("class.II", RegionStatistics::classII);
        count("dashboard.gradeA", RegionStatistics::gradeA);
        count("dashboard.gradeB", RegionStatistics::gradeB);
        count("dashboard.gradeC", RegionStatistics::gradeC);
        count("dashboard.gradeD", RegionStatistics::gradeD);
        count("dashboard.ungraded", RegionStatistics::ungraded);
        regions.setItems(overview.regions());
        regions.setAllRowsVisible(true);
        add(section("dashboard.byRegion", "ledger-by-region.xlsx", () -> regionTable(overview.regions())), regions);

        List<DashboardService.OverdueByRegion> late = dashboard.overdueByRegion(account);
        overdueByRegion.setId("dashboard-overdue-regions");
        overdueByRegion.addColumn(DashboardService.OverdueByRegion::regionName).setHeader(getTranslation("ledger.region"));
        overdueByRegion.addColumn(DashboardService.OverdueByRegion::overdue).setHeader(getTranslation("dashboard.overdueTasks"));
        overdueByRegion.setItems(late);
        overdueByRegion.setAllRowsVisible(true);
        List<DashboardService.OverdueByAssignee> lateByAssignee = dashboard.overdueByAssignee(account);
        overdueByAssignee.setId("dashboard-overdue-assignees");
        overdueByAssignee.addColumn(a -> a.assignee().isEmpty() ? getTranslation("dashboard.unclaimed") : a.assignee())
                .setHeader(getTranslation("inbox.assignee"));
        overdueByAssignee.addColumn(DashboardService.OverdueByAssignee::overdue).setHeader(getTranslation("dashboard.overdueTasks"));
        overdueByAssignee.addColumn(DashboardService.OverdueByAssignee::maxDaysOverdue).setHeader(getTranslation("dashboard.maxDaysOverdue"));
        overdueByAssignee.setItems(lateByAssignee);
        overdueByAssignee.setAllRowsVisible(true);
        HorizontalLayout overdue = new HorizontalLayout(
                box(section("dashboard.overdueByRegion", "overdue-by-region.xlsx", () -> new SpreadsheetExport.Table("overdue",
                        List.of(getTranslation("ledger.region"), getTranslation("dashboard.overdueTasks")),
                        late.stream().map(r -> List.<Object>of(r.regionName(), r.overdue())).toList())), overdueByRegion),
                box(section("dashboard.overdueByAssignee", "overdue-by-assignee.xlsx", () -> new SpreadsheetExport.Table("overdue",
                        List.of(getTranslation("inbox.assignee"), getTranslation("dashboard.overdueTasks"), getTranslation("dashboard.maxDaysOverdue")),
                        lateByAssignee.stream().map(a -> List.<Object>of(a.assignee(), a.overdue(), a.maxDaysOverdue())).toList())),
                        overdueByAssignee));
        overdue.setWidthFull();
        add(overdue);

        Map<String, Long> dueSoon = dashboard.dueThisWeek(account);
        FlexLayout soon = new FlexLayout();
        soon.setId("dashboard-due-soon");
        soon.getStyle().set("gap", "var(--lumo-space-m)");
        dueSoon.forEach((key, n) -> soon.add(new Span(getTranslation("task." + key) + "：" + n)));
        add(new H3(getTranslation("dashboard.dueThisWeek")), soon);

        campaigns.setId("dashboard-campaigns");
        campaigns.addColumn(Campaign::name).setHeader(getTranslation("campaign.name")).setFlexGrow(2);
        campaigns.addColumn(c -> getTranslation("campaign.status." + c.status())).setHeader(getTranslation("campaign.status"));
        campaigns.addComponentColumn(c -> new ProgressBar(0, Math.max(1, c.total()), c.started())).setHeader(getTranslation("campaign.progress"));
        campaigns.addColumn(c -> c.started() + " / " + c.total()).setHeader(getTranslation("campaign.started"));
        campaigns.addColumn(c -> Formats.date(c.closesAt())).setHeader(getTranslation("campaign.closesAt"));
        campaigns.setItems(dashboard.campaigns(account));
        campaigns.setAllRowsVisible(true);
        add(new H3(getTranslation("nav.campaigns")), campaigns);
    }

    private SpreadsheetExport.Table regionTable(List<RegionStatistics> rows) {
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("ledger.region"));
        headers.addAll(regionHeaders);
        return new SpreadsheetExport.Table("regions", headers, rows.stream().map(r -> {
            List<Object> values = new ArrayList<>();
            values.add(r.regionName());
            regionValues.forEach(f -> values.add(f.applyAsLong(r)));
            return values;
        }).toList());
    }

    private void count(String key, ToLongFunction<RegionStatistics> value) {
        regions.addColumn(r -> value.applyAsLong(r)).setHeader(getTranslation(key)).setAutoWidth(true);
        regionHeaders.add(getTranslation(key));
        regionValues.add(value);
    }

    private Component section(String titleKey, String fileName, java.util.function.Supplier<SpreadsheetExport.Table> table) {
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation(titleKey)),
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
        Div tile = new Div(number, new Div(getTranslation(key)));
        tile.setId(key.replace('.', '-'));
        tile.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "10em");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
