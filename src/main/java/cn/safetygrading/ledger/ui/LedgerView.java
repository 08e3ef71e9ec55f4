package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 台账: the enterprises of the official's region, filterable, sortable, paged lazily. */
@Route("ledger")
@Menu(order = 3, icon = "vaadin:records", title = "nav.ledger")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.EXPERT_NAME, Role.SUPERVISOR_NAME,
        Role.INSPECTOR_NAME})
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Enterprise> grid = new Grid<>(Enterprise.class, false);
    final TextField search = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final Select<String> enterpriseClass = new Select<>();
    final Select<String> grade = new Select<>();

    public LedgerView(LedgerService ledger, CurrentAccount current) {
        Account account = current.require();
        setSizeFull();

        search.setPlaceholder(getTranslation("ledger.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("ledger-search");
        region.setPlaceholder(getTranslation("ledger.region"));
        region.setItems(ledger.regions(account));
        region.setItemLabelGenerator(Region::name);
        region.setClearButtonVisible(true);
        enterpriseClass.setLabel(getTranslation("ledger.class"));
        enterpriseClass.setItems(List.of("", "I", "II"));
        enterpriseClass.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("filter.any") : getTranslation("class." + v));
        enterpriseClass.setValue("");
        grade.setLabel(getTranslation("ledger.grade"));
        grade.setItems(List.of("", "A", "B", "C", "D"));
        grade.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("filter.any") : v);
        grade.setValue("");

        grid.setId("ledger-grid");
        grid.addColumn(Enterprise::uscc).setHeader(getTranslation("ledger.uscc")).setKey("uscc").setSortable(true).setAutoWidth(true);
        grid.addColumn(Enterprise::name).setHeader(getTranslation("ledger.name")).setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(Enterprise::regionName).setHeader(getTranslation("ledger.region")).setKey("regionName").setSortable(true).setAutoWidth(true);
        grid.addColumn(Enterprise::industryCode).setHeader(getTranslation("ledger.industry")).setAutoWidth(true);
        grid.addColumn(e -> e.enterpriseClass() == null ? "" : getTranslation("class." + e.enterpriseClass()))
                .setHeader(getTranslation("ledger.class")).setKey("enterpriseClass").setSortable(true).setAutoWidth(true);
        grid.addColumn(Enterprise::grade).setHeader(getTranslation("ledger.grade")).setKey("grade").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("status." + e.status())).setHeader(getTranslation("ledger.status")).setKey("status").setSortable(true).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("ledger.empty"));
        grid.setItems(
                q -> {
                    GridSortOrder<Enterprise> order = grid.getSortOrder().isEmpty() ? null : grid.getSortOrder().get(0);
                    String sortBy = order == null ? "uscc" : order.getSorted().getKey();
                    boolean desc = order != null && order.getDirection() == SortDirection.DESCENDING;
                    return ledger.page(account, filter(), sortBy, desc, q.getOffset(), q.getLimit()).stream();
                },
                q -> (int) ledger.count(account, filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EnterpriseFileView.class, new RouteParameters("uscc", e.getItem().uscc()))));

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        region.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        enterpriseClass.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grade.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(search, region, enterpriseClass, grade);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.ledger")), filters, grid);
        expand(grid);
    }

    EnterpriseFilter filter() {
        return new EnterpriseFilter(blankToNull(search.getValue()),
                region.getValue() == null ? null : region.getValue().code(),
                blankToNull(enterpriseClass.getValue()), blankToNull(grade.getValue()), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ledger");
    }
}
