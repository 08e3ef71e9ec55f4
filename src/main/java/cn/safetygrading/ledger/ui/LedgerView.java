package cn.safetygrading.ledger.ui;

import cn.safetygrading.base.Text;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseClass;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.service.LedgerExportService;
import cn.safetygrading.ledger.service.LedgerImportRunner;
import cn.safetygrading.ledger.service.LedgerImportService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ReferenceData;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.ledger.service.WatchList;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 台账: the enterprises of the official's region in a lazy grid (filtered and sorted in the database, so it
 * stays fast at 100,000), the census import, the exports in the annex layout, and the sign-off (审签).
 */
@Route("ledger")
@Menu(order = 3, icon = "vaadin:records", title = "nav.ledger")
@RolesAllowed({
    Role.ADMIN_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.EXPERT_NAME,
    Role.SUPERVISOR_NAME,
    Role.INSPECTOR_NAME
})
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Enterprise> grid = new Grid<>(Enterprise.class, false);
    final TextField search = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final ComboBox<Industry> industry = new ComboBox<>();
    final Select<String> enterpriseClass = new Select<>();
    final Select<String> grade = new Select<>();
    final Select<String> status = new Select<>();
    final Span count = new Span();
    final Button importButton;
    final Button signOffButton;
    final Button signOffsButton;
    final Anchor exportXlsx;
    final Anchor exportCsv;

    private final LedgerService ledger;
    private final WatchList watchList;
    /** The watched enterprises of the page shown (重点关注, #14), with the last day of their watch. */
    private final java.util.Map<String, LocalDate> watched = new java.util.concurrent.ConcurrentHashMap<>();

    private final Account account;
    private final List<Region> regions;

    public LedgerView(
            LedgerService ledger,
            ReferenceData reference,
            LedgerImportRunner imports,
            LedgerExportService exports,
            SignOffService signOffs,
            CurrentAccount current,
            Clock clock,
            WatchList watchList,
            org.springframework.beans.factory.ObjectProvider<SignOffPrint> signOffPrints) {
        this.ledger = ledger;
        this.watchList = watchList;
        this.account = current.require();
        this.regions = ledger.regions(account);
        setSizeFull();

        search.setPlaceholder(getTranslation("ledger.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("ledger-search");
        RegionLabels labels = new RegionLabels(regions);
        region.setPlaceholder(getTranslation("ledger.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(labels::label);
        region.setClearButtonVisible(true);
        region.setWidth("18rem");
        List<Industry> industries = reference.industries();
        industry.setPlaceholder(getTranslation("ledger.ui.industry"));
        industry.setItems(industries);
        industry.setItemLabelGenerator(i -> i.code() + " " + i.name());
        industry.setClearButtonVisible(true);
        industry.setWidth("16rem");
        Map<String, String> industryNames =
                industries.stream().collect(Collectors.toMap(Industry::code, Industry::name));
        enterpriseClass.setLabel(getTranslation("ledger.class"));
        enterpriseClass.setItems(List.of("", EnterpriseClass.I.code(), EnterpriseClass.II.code()));
        enterpriseClass.setItemLabelGenerator(
                v -> v.isEmpty() ? getTranslation("filter.any") : getTranslation("class." + v));
        enterpriseClass.setValue("");
        grade.setLabel(getTranslation("ledger.grade"));
        grade.setItems(List.of("", Grade.A.code(), Grade.B.code(), Grade.C.code(), Grade.D.code()));
        grade.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("filter.any") : v);
        grade.setValue("");
        status.setLabel(getTranslation("ledger.status"));
        status.setItems(EnterpriseStatus.filterChoices());
        status.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("filter.any") : getTranslation("status." + v));
        status.setValue("");

        grid.setId("ledger-grid");
        grid.addColumn(Enterprise::uscc)
                .setHeader(getTranslation("ledger.uscc"))
                .setKey("uscc")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(Enterprise::name)
                .setHeader(getTranslation("ledger.name"))
                .setKey("name")
                .setSortable(true)
                // the whole name: at least as wide as the longest name on the page, never "威海环…"
                .setAutoWidth(true)
                .setFlexGrow(2)
                .setTooltipGenerator(Enterprise::name);
        grid.addColumn(Enterprise::regionName)
                .setHeader(getTranslation("ledger.region"))
                .setKey("regionName")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(e -> e.industryCode() == null
                        ? ""
                        : e.industryCode() + " " + industryNames.getOrDefault(e.industryCode(), ""))
                .setHeader(getTranslation("ledger.industry"))
                .setKey("industryCode")
                .setSortable(true)
                .setWidth("10em")
                .setFlexGrow(1)
                .setTooltipGenerator(e -> e.industryCode() == null
                        ? ""
                        : e.industryCode() + " " + industryNames.getOrDefault(e.industryCode(), ""));
        grid.addColumn(e -> e.enterpriseClass() == null ? "" : getTranslation("class." + e.enterpriseClass()))
                .setHeader(getTranslation("ledger.class"))
                .setKey("enterpriseClass")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(Enterprise::grade)
                .setHeader(getTranslation("ledger.grade"))
                .setKey("grade")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("status." + e.status()))
                .setHeader(getTranslation("ledger.status"))
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addComponentColumn(this::watchBadge)
                .setHeader(getTranslation("ledger.watch"))
                .setKey("watch")
                .setAutoWidth(true);
        // auto width is measured on the first rows only: a longer name further down wraps instead of "威海环…"
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("ledger.empty"));
        grid.setItems(
                q -> {
                    GridSortOrder<Enterprise> order = grid.getSortOrder().isEmpty()
                            ? null
                            : grid.getSortOrder().get(0);
                    String sortBy = order == null ? "uscc" : order.getSorted().getKey();
                    boolean desc = order != null && order.getDirection() == SortDirection.DESCENDING;
                    List<Enterprise> page = ledger.page(account, filter(), sortBy, desc, q.getOffset(), q.getLimit());
                    watchList
                            .watchUntil(page.stream().map(Enterprise::uscc).toList())
                            .forEach((uscc, until) -> watched.put(uscc, until == null ? LocalDate.MAX : until));
                    return page.stream();
                },
                q -> {
                    int n = (int) ledger.count(account, filter());
                    count.setText(getTranslation("ledger.ui.count", n));
                    return n;
                });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                EnterpriseFileView.class,
                new RouteParameters("uscc", e.getItem().uscc()))));

        search.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        industry.addValueChangeListener(e -> refresh());
        enterpriseClass.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        importButton = new Button(
                getTranslation("ledger.ui.import"),
                VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(imports, regions, account, this::refresh).open());
        importButton.setId("ledger-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(LedgerImportService.mayImport(account));
        exportXlsx = export(exports, FileFormat.XLSX, "ledger.ui.exportXlsx");
        exportCsv = export(exports, FileFormat.CSV, "ledger.ui.exportCsv");
        signOffButton = new Button(
                getTranslation("ledger.ui.signOff"),
                VaadinIcon.SIGN_IN_ALT.create(),
                e -> new SignOffDialog(signOffs, regions, account, LocalDate.now(clock), s -> {}).open());
        signOffButton.setId("ledger-signoff");
        signOffButton.setVisible(SignOffService.maySign(account));
        signOffsButton = new Button(
                getTranslation("ledger.ui.signOffs"),
                VaadinIcon.ARCHIVE.create(),
                e -> new SignOffsDialog(
                                signOffs, account, signOffPrints.orderedStream().toList())
                        .open());
        signOffsButton.setId("ledger-signoffs-button");

        FlexLayout filters = new FlexLayout(search, region, industry, enterpriseClass, grade, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        HorizontalLayout actions =
                new HorizontalLayout(importButton, exportXlsx, exportCsv, signOffButton, signOffsButton, count);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(new H2(getTranslation("nav.ledger")), filters, actions, grid);
        expand(grid);
    }

    /** 重点关注 and its last day, for an enterprise in a watch period; nothing otherwise. */
    com.vaadin.flow.component.Component watchBadge(Enterprise e) {
        Span badge = new Span();
        LocalDate until = watched.get(e.uscc());
        if (until != null) {
            badge.setText(getTranslation("ledger.watch"));
            badge.getElement().getThemeList().add("badge error small");
            if (!LocalDate.MAX.equals(until)) {
                badge.setTitle(getTranslation("ledger.watchUntil", until));
            }
            badge.addClassName("watch-badge");
        }
        return badge;
    }

    /** The export of what the account sees (its region), streamed to the browser. */
    private Anchor export(LedgerExportService exports, FileFormat format, String key) {
        DownloadHandler handler = event -> {
            Region scope = exports.exportRegion(account, null);
            event.setFileName(exports.fileName(scope, format));
            event.setContentType(format.contentType());
            exports.export(account, scope, format, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, getTranslation(key));
        anchor.setId(format == FileFormat.XLSX ? "ledger-export-xlsx" : "ledger-export-csv");
        return anchor;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    EnterpriseFilter filter() {
        return new EnterpriseFilter(
                Text.blankToNull(search.getValue()),
                region.getValue() == null ? null : region.getValue().code(),
                industry.getValue() == null ? null : industry.getValue().code(),
                Text.blankToNull(enterpriseClass.getValue()),
                Text.blankToNull(grade.getValue()),
                Text.blankToNull(status.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ledger");
    }
}
