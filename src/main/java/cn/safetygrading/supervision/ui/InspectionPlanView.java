package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.domain.InspectionDraw;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.domain.PlanFigures;
import cn.safetygrading.supervision.domain.UnitMonthly;
import cn.safetygrading.supervision.service.InspectionPlanService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 监管计划: a region's inspection plan for a year (computed from the grades and the inspections
 * done) and the 双随机 draws: draw, see who inspects whom, run a stored draw again to check it.
 * Long because the plan, its figures, the draws and the grid's monthly duties share one region and
 * year filter on one page; the spreadsheets are in {@link PlanSheets}.
 */
@Route("supervision")
@Menu(order = 5, icon = "vaadin:clipboard-check", title = "nav.supervision")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.INSPECTOR_NAME})
public class InspectionPlanView extends VerticalLayout implements HasDynamicTitle {

    private final InspectionPlanService plans;
    private final Account account;
    private final Clock clock;
    final ComboBox<Region> region = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Grid<PlanEntry> plan = new Grid<>(PlanEntry.class, false);
    final DatePicker asOf = new DatePicker();
    final IntegerField count = new IntegerField();
    final Button draw = new Button();
    final Grid<DrawResult.Pick> picks = new Grid<>(DrawResult.Pick.class, false);
    final Span unpaired = new Span();
    final Grid<InspectionDraw> draws = new Grid<>(InspectionDraw.class, false);
    final SummaryTable<UnitMonthly> gridStats = new SummaryTable<>();
    final Map<String, SummaryTable<PlanFigures>> figures = new LinkedHashMap<>();
    final Button assignGrid = new Button();
    final Button signCommitment = new Button();
    private final SupervisionGridService supervisionGrid;

    public InspectionPlanView(
            InspectionPlanService plans,
            SupervisionGridService supervisionGrid,
            LedgerService ledger,
            CurrentAccount current,
            Clock clock) {
        this.plans = plans;
        this.supervisionGrid = supervisionGrid;
        this.account = current.require();
        this.clock = clock;
        setSizeFull();
        List<Region> regions = ledger.regions(account).stream()
                .filter(r -> AdminLevel.cityOrCounty(r.level()))
                .toList();
        region.setLabel(getTranslation("ledger.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::name);
        year.setLabel(getTranslation("plan.year"));
        year.setValue(LocalDate.now(clock).getYear());
        year.setStepButtonsVisible(true);
        region.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        plan.setId("inspection-plan");
        plan.addColumn(PlanEntry::name)
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(2)
                .setResizable(true);
        plan.addColumn(PlanEntry::regionName)
                .setHeader(getTranslation("ledger.region"))
                .setAutoWidth(true);
        plan.addColumn(p -> p.supervisingDepartment() == null ? "" : p.supervisingDepartment())
                .setHeader(getTranslation("plan.department"))
                .setAutoWidth(true);
        plan.addColumn(p -> p.enterpriseClass() == null ? "" : getTranslation("class." + p.enterpriseClass()))
                .setHeader(getTranslation("ledger.class"))
                .setAutoWidth(true);
        plan.addColumn(p -> p.grade() == null ? "—" : p.grade())
                .setHeader(getTranslation("ledger.grade"))
                .setAutoWidth(true);
        plan.addColumn(p -> getTranslation("plan.interval", p.intervalMonths()))
                .setHeader(getTranslation("plan.intervalHeader"))
                .setAutoWidth(true);
        plan.addColumn(p -> Formats.date(p.lastInspected()))
                .setHeader(getTranslation("plan.last"))
                .setAutoWidth(true);
        plan.addColumn(LitRenderer.<PlanEntry>of("<span theme=${item.theme}>${item.due}</span>")
                        .withProperty(
                                "due",
                                p -> Formats.date(p.nextDue())
                                        + (p.key() ? " · " + getTranslation("plan.key") : "")
                                        + (p.watch() ? " · " + getTranslation("plan.watch") : "")
                                        + (p.blacklisted() ? " · " + getTranslation("plan.blacklist") : "")
                                        + (p.drawnOpen() ? " · " + getTranslation("plan.drawnOpen") : ""))
                        .withProperty("theme", this::nextDueTheme))
                .setHeader(getTranslation("plan.next"))
                .setAutoWidth(true);
        plan.addColumn(p -> p.dueInYear().size())
                .setHeader(getTranslation("plan.timesThisYear"))
                .setAutoWidth(true);
        plan.setEmptyStateText(getTranslation("plan.pickRegion"));

        asOf.setLabel(getTranslation("plan.asOf"));
        asOf.setValue(LocalDate.now(clock));
        count.setLabel(getTranslation("plan.count"));
        count.setMin(1);
        count.setMax(InspectionPlanService.MAX_DRAW);
        count.setValue(10);
        count.setStepButtonsVisible(true);
        draw.setText(getTranslation("plan.draw"));
        draw.setId("draw-inspections");
        draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draw.addClickListener(e -> draw());
        boolean drawer = account.isAdmin() || account.has(Role.MANAGER) || account.has(Role.SUPERVISOR);
        draw.setVisible(drawer);
        picks.setId("draw-picks");
        picks.addColumn(DrawResult.Pick::name)
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(2);
        picks.addColumn(p -> getTranslation("plan.reason." + p.reason()))
                .setHeader(getTranslation("plan.reason"))
                .setAutoWidth(true);
        picks.addColumn(p -> String.join("、", p.inspectors()))
                .setHeader(getTranslation("plan.inspectors"))
                .setAutoWidth(true);
        picks.setAllRowsVisible(true);
        picks.setVisible(false);

        draws.setId("inspection-draws");
        draws.addColumn(d -> Formats.dateTime(d.drawnAt()))
                .setHeader(getTranslation("plan.drawnAt"))
                .setAutoWidth(true);
        draws.addColumn(InspectionDraw::drawnBy)
                .setHeader(getTranslation("file.actor"))
                .setAutoWidth(true);
        draws.addColumn(d -> Formats.date(d.asOf()))
                .setHeader(getTranslation("plan.asOf"))
                .setAutoWidth(true);
        draws.addColumn(InspectionDraw::requested)
                .setHeader(getTranslation("plan.count"))
                .setAutoWidth(true);
        draws.addColumn(InspectionDraw::seed)
                .setHeader(getTranslation("plan.seed"))
                .setAutoWidth(true);
        draws.addComponentColumn(d -> {
                    Button show = new Button(getTranslation("plan.show"), e -> showResult(plans.result(d)));
                    show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    Button check = new Button(getTranslation("plan.reproduce"), e -> reproduce(d));
                    check.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return new HorizontalLayout(show, check);
                })
                .setAutoWidth(true);
        draws.setAllRowsVisible(true);

        HorizontalLayout filters = new HorizontalLayout(
                region,
                year,
                SpreadsheetExport.link(getTranslation("dashboard.export"), "inspection-plan.xlsx", this::planTable));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout drawBar = new HorizontalLayout(asOf, count, draw);
        drawBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        drawBar.setVisible(drawer);
        gridStats.setId("grid-statistics");
        gridStats.addColumn(getTranslation("grid.unit"), UnitMonthly::regionName);
        gridStats.addColumn(getTranslation("grid.enterprises"), UnitMonthly::enterprises);
        gridStats.addColumn(getTranslation("grid.due"), UnitMonthly::due);
        gridStats.addColumn(getTranslation("grid.done"), UnitMonthly::done);
        gridStats.addColumn(getTranslation("grid.overdue"), UnitMonthly::overdue);
        gridStats.addColumn(getTranslation("grid.escalated"), UnitMonthly::escalated);
        gridStats.setEmptyText(getTranslation("grid.none"));
        assignGrid.setText(getTranslation("grid.assign"));
        assignGrid.setId("assign-grid");
        assignGrid.setVisible(account.isAdmin() || account.has(Role.MANAGER));
        assignGrid.addClickListener(e -> assignGrid());
        signCommitment.setText(getTranslation("grid.sign"));
        signCommitment.setId("sign-commitment");
        signCommitment.addClickListener(e -> {
            if (supervisionGrid.signCommitment(account) > 0) {
                Feedback.success(getTranslation("grid.signed"));
            } else {
                Feedback.hint(getTranslation("grid.nothingToSign"));
            }
        });
        HorizontalLayout gridBar = new HorizontalLayout(assignGrid, signCommitment);
        FlexLayout figureTables = new FlexLayout();
        figureTables.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figureTables.getStyle().set("gap", "var(--lumo-space-l)");
        for (String dimension : List.of(PlanFigures.REGION, PlanFigures.DEPARTMENT, PlanFigures.INDUSTRY)) {
            SummaryTable<PlanFigures> table = figureTable(dimension);
            figures.put(dimension, table);
            figureTables.add(table);
        }
        HorizontalLayout figuresBar = new HorizontalLayout(
                new H3(getTranslation("plan.figures.title")),
                SpreadsheetExport.link(
                        getTranslation("plan.figures.export"), "inspection-plan-figures.xlsx", this::figuresTable));
        figuresBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H2(getTranslation("nav.supervision")),
                new Paragraph(getTranslation("plan.intro")),
                new com.vaadin.flow.router.RouterLink(getTranslation("stationing.title"), StationingView.class),
                filters,
                plan,
                figuresBar,
                figureTables,
                new H3(getTranslation("plan.drawTitle")),
                drawBar,
                picks,
                unpaired,
                draws,
                new H3(getTranslation("grid.title")),
                new Paragraph(getTranslation("grid.intro")),
                gridBar,
                gridStats);
        setFlexGrow(1, plan);
        regions.stream()
                .filter(r -> r.code().equals(account.regionCode()))
                .findFirst()
                .or(() -> regions.stream().findFirst())
                .ifPresent(region::setValue);
    }

    /** The next inspection's badge: red when due by the draw's date, grey for a key enterprise, none otherwise. */
    String nextDueTheme(PlanEntry p) {
        LocalDate today = asOf.getValue() == null ? LocalDate.now(clock) : asOf.getValue();
        if (p.dueBy(today)) {
            return "badge error";
        }
        return p.key() ? "badge contrast" : "";
    }

    void refresh() {
        if (region.getValue() == null || year.getValue() == null) {
            plan.setItems(List.of());
            draws.setItems(List.of());
            figures.values().forEach(t -> t.setItems(List.of()));
            return;
        }
        plan.setItems(plans.plan(account, region.getValue().code(), year.getValue()));
        List<PlanFigures> rows = plans.figures(account, region.getValue().code(), year.getValue());
        figures.forEach((dimension, table) -> table.setItems(
                rows.stream().filter(f -> f.dimension().equals(dimension)).toList()));
        gridStats.setItems(supervisionGrid.monthly(account, region.getValue().code(), YearMonth.now(clock)));
        draws.setItems(plans.draws(account, region.getValue().code(), 20));
    }

    void assignGrid() {
        if (region.getValue() == null) {
            return;
        }
        SupervisionGridService.AssignmentResult result =
                supervisionGrid.assign(account, region.getValue().code());
        String text = getTranslation(
                "grid.assigned",
                result.assigned(),
                result.unchanged(),
                result.withoutSupervisor().size());
        if (result.withoutSupervisor().isEmpty()) {
            Feedback.success(text);
        } else {
            Feedback.error(text); // enterprises left without a 包保 person: to be read
        }
        refresh();
    }

    void draw() {
        if (region.getValue() == null || asOf.getValue() == null || count.getValue() == null) {
            return;
        }
        Feedback.attempt(
                () -> {
                    InspectionDraw done =
                            plans.draw(account, region.getValue().code(), asOf.getValue(), count.getValue());
                    showResult(plans.result(done));
                    Feedback.success(getTranslation("plan.drawn", done.seed()));
                },
                null,
                this::refresh);
    }

    void showResult(DrawResult result) {
        picks.setItems(result.picks());
        picks.setVisible(true);
        unpaired.setText(
                result.unpaired().isEmpty()
                        ? ""
                        : getTranslation("plan.unpaired", String.join("、", result.unpaired())));
    }

    void reproduce(InspectionDraw d) {
        if (plans.reproduce(account, d.id())) {
            Feedback.success(getTranslation("plan.reproduced"));
        } else {
            Feedback.error(getTranslation("plan.notReproduced"));
        }
    }

    private SummaryTable<PlanFigures> figureTable(String dimension) {
        SummaryTable<PlanFigures> table = new SummaryTable<>();
        table.setId("plan-figures-" + dimension.toLowerCase());
        table.addColumn(getTranslation("plan.figures." + dimension), this::figureLabel);
        table.addShortColumn(getTranslation("plan.figures.enterprises"), PlanFigures::enterprises);
        table.addShortColumn(getTranslation("plan.figures.drawn"), PlanFigures::drawn);
        table.addShortColumn(getTranslation("plan.figures.inspected"), PlanFigures::inspected);
        table.addShortColumn(getTranslation("plan.figures.overdue"), PlanFigures::overdue);
        table.setEmptyText(getTranslation("plan.figures.none"));
        return table;
    }

    private String figureLabel(PlanFigures f) {
        return PlanSheets.figureLabel(f, this::getTranslation);
    }

    /** One sheet: every row of the three tables with its dimension (分区域 / 分部门 / 分行业) first. */
    SpreadsheetExport.Table figuresTable() {
        return PlanSheets.figures(figures, this::getTranslation);
    }

    private SpreadsheetExport.Table planTable() {
        return PlanSheets.plan(plan.getListDataView().getItems().toList(), this::getTranslation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision");
    }
}
