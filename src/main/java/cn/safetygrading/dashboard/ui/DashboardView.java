package cn.safetygrading.dashboard.ui;

import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.ToLongFunction;

/** 监管看板: the ledger of the manager's region by class and grade, and the open and overdue work. */
@Route("dashboard")
@Menu(order = 2, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RegionStatistics> regions = new Grid<>(RegionStatistics.class, false);

    public DashboardView(DashboardService dashboard, CurrentAccount current) {
        DashboardService.Overview overview = dashboard.overview(current.require());
        FlexLayout tiles = new FlexLayout(
                tile("dashboard.enterprises", overview.enterprises()),
                tile("dashboard.classI", overview.classI()),
                tile("dashboard.graded", overview.graded()),
                tile("dashboard.openTasks", overview.openTasks()),
                tile("dashboard.overdueTasks", overview.overdueTasks()));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");

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
        add(new H2(getTranslation("nav.dashboard")), tiles, new H3(getTranslation("dashboard.byRegion")), regions);
    }

    private void count(String key, ToLongFunction<RegionStatistics> value) {
        regions.addColumn(r -> value.applyAsLong(r)).setHeader(getTranslation(key)).setAutoWidth(true);
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
