package cn.safetygrading.admin.ui;

import cn.safetygrading.admin.domain.AccountRow;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.service.AccountAdminService;
import cn.safetygrading.admin.service.AccountAdminService.Filter;
import cn.safetygrading.admin.service.UnitService;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.RegionTree;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 账号管理 for administrators: the accounts filtered by role, region, department and name; open one to
 * change its name, roles, region and department (the memberships follow), give it a new password or
 * disable it; or open a new one.
 */
@Route("admin/accounts")
@Menu(order = 92, icon = "vaadin:users", title = "admin.accounts.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Role> role = new ComboBox<>();
    final ComboBox<Region> region = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final TextField name = new TextField();
    final Grid<AccountRow> grid = new Grid<>();
    final Button create = new Button();

    private final AccountAdminService accounts;
    private final UnitService units;
    private final Account account;
    private final List<Region> regions;

    public AccountsView(
            AccountAdminService accounts, UnitService units, RegionTree regionTree, CurrentAccount current) {
        this.accounts = accounts;
        this.units = units;
        this.account = current.require();
        this.regions = regionTree.all();
        setSizeFull();

        role.setLabel(getTranslation("admin.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("admin.role." + r.name()));
        role.setClearButtonVisible(true);
        role.setId("accounts-role");
        region.setLabel(getTranslation("admin.field.region"));
        region.setItems(units.regions());
        region.setItemLabelGenerator(Fields::label);
        region.setClearButtonVisible(true);
        region.setId("accounts-region");
        department.setLabel(getTranslation("admin.field.department"));
        department.setClearButtonVisible(true);
        department.setId("accounts-department");
        department.setItems(List.of());
        name.setLabel(getTranslation("admin.field.name"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setId("accounts-name");
        region.addValueChangeListener(e -> {
            department.clear();
            department.setItems(
                    e.getValue() == null
                            ? List.of()
                            : units.inRegion(e.getValue().code()).stream()
                                    .map(Unit::name)
                                    .toList());
            refresh();
        });
        role.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        name.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("admin.accounts.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("accounts-create");
        create.addClickListener(e -> open(null));
        HorizontalLayout filters = new HorizontalLayout(role, region, department, name, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        var regionNames = regions.stream().collect(Collectors.toMap(Region::code, Region::name));
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AccountRow::userId)
                .setHeader(getTranslation("admin.col.login"))
                .setAutoWidth(true);
        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("admin.col.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.regionCode() == null ? "" : regionNames.getOrDefault(r.regionCode(), r.regionCode()))
                .setHeader(getTranslation("admin.col.region"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.department() != null ? r.department() : r.uscc() == null ? "" : r.uscc())
                .setHeader(getTranslation("admin.col.departmentOrEnterprise"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.disabled() ? "admin.status.disabled" : "admin.status.active"))
                .setHeader(getTranslation("admin.col.status"))
                .setAutoWidth(true);
        grid.setItems(q -> accounts.page(account, filter(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) accounts.count(account, filter()));
        grid.addItemClickListener(e -> open(e.getItem().userId()));
        grid.setMinHeight("16em");

        add(new H2(getTranslation("admin.accounts.title")), filters, grid);
        expand(grid);
    }

    Filter filter() {
        return new Filter(
                role.getValue(),
                region.getValue() == null ? null : region.getValue().code(),
                department.getValue(),
                name.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** Opens the account (null: a new one) in the editor. */
    AccountDialog open(String userId) {
        Account existing = userId == null ? null : accounts.find(account, userId);
        AccountDialog dialog = new AccountDialog(
                accounts,
                units,
                account,
                existing,
                existing != null && accounts.isDisabled(userId),
                regions,
                this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.accounts.title");
    }
}
