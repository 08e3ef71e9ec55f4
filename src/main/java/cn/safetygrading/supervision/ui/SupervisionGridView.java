package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import cn.safetygrading.supervision.domain.AssignedEnterprise;
import cn.safetygrading.supervision.domain.Problem;
import cn.safetygrading.supervision.service.SupervisionGridService;
import cn.safetygrading.supervision.service.SupervisionProblemService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * 包保网格 ({@code /supervision/grid}): the grid of a region that people run (seed 004). Managers of the
 * region put officials into units with their phone, name each unit's 网格长 and 监督电话, take members out,
 * and override the decided grid level of an enterprise (recorded, with why); everyone who opens it sees
 * the key enterprises (重大、较大风险), the problem register, and the month's roster per township or county
 * (一乡镇一张表、一县区一名册) with its Excel export; 包保 persons report a problem up the grid, unit heads give
 * a 临时 duty. Every rule is the services'; the page hides what the account may not do.
 */
@Route("supervision/grid")
@Menu(order = 6, icon = "vaadin:sitemap", title = "grid.nav")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.SUPERVISOR_NAME, Role.INSPECTOR_NAME})
public class SupervisionGridView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisionGridService grid;
    private final SupervisionProblemService problems;
    private final Account account;
    private final Clock clock;
    private final boolean manager;
    final ComboBox<Region> region = new ComboBox<>();
    final GridMembersTab membersTab;
    final Checkbox keyOnly = new Checkbox();
    final Grid<AssignedEnterprise> assignments = new Grid<>();
    final Grid<Problem> register = new Grid<>();
    final TextField problemUscc = new TextField();
    final Select<String> problemKind = new Select<>();
    final TextArea problemText = new TextArea();
    final Button reportProblem = new Button();
    final TextField adHocUscc = new TextField();
    final TextField adHocTitle = new TextField();
    final DatePicker adHocDue = new DatePicker();
    final Button assignAdHoc = new Button();
    final GridRosterTab rosterTab;

    public SupervisionGridView(
            SupervisionGridService grid,
            SupervisionProblemService problems,
            LedgerService ledger,
            CurrentAccount current,
            Clock clock) {
        this.grid = grid;
        this.problems = problems;
        this.account = current.require();
        this.clock = clock;
        this.rosterTab = new GridRosterTab(grid, account, clock, region::getValue);
        this.manager = account.isAdmin() || account.has(Role.MANAGER);
        setSizeFull();
        List<Region> regions = ledger.regions(account);
        this.membersTab = new GridMembersTab(grid, account, manager, regions, region::getValue, this::act);
        region.setLabel(getTranslation("ledger.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::name);
        region.setId("grid-region");
        region.addValueChangeListener(e -> refresh());

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("gridView.tab.members"), membersTab);
        tabs.add(getTranslation("gridView.tab.enterprises"), enterprisesTab());
        tabs.add(getTranslation("gridView.tab.problems"), problemsTab());
        tabs.add(getTranslation("gridView.tab.monthly"), rosterTab);
        add(new H3(getTranslation("gridView.title")), new Paragraph(getTranslation("gridView.intro")), region, tabs);
        regions.stream()
                .filter(r -> r.code().equals(account.regionCode()))
                .findFirst()
                .or(() -> regions.stream().findFirst())
                .ifPresent(region::setValue);
    }

    private VerticalLayout enterprisesTab() {
        keyOnly.setLabel(getTranslation("gridView.keyOnly"));
        keyOnly.setValue(true);
        keyOnly.setId("grid-key-only");
        keyOnly.addValueChangeListener(e -> refresh());
        assignments.setId("grid-assignments");
        assignments
                .addColumn(AssignedEnterprise::name)
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(2)
                .setResizable(true);
        assignments
                .addColumn(AssignedEnterprise::enterpriseRegion)
                .setHeader(getTranslation("ledger.region"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> level("risk", a.riskLevel()))
                .setHeader(getTranslation("gridView.risk"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> level("level", a.gridLevel()) + " · " + a.unitName()
                        + (a.overrideBy() == null
                                ? ""
                                : " " + getTranslation("gridView.overridden", level("level", a.decidedLevel()))))
                .setHeader(getTranslation("gridView.gridLevel"))
                .setAutoWidth(true);
        assignments
                .addColumn(AssignedEnterprise::supervisorName)
                .setHeader(getTranslation("gridView.supervisor"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> a.overrideBy() == null ? "" : a.overrideBy() + "：" + a.overrideReason())
                .setHeader(getTranslation("gridView.overrideReason"))
                .setFlexGrow(1);
        if (manager) {
            assignments
                    .addComponentColumn(a -> {
                        Select<String> level = new Select<>();
                        level.setItems(Arrays.stream(AdminLevel.values())
                                .map(AdminLevel::code)
                                .toList());
                        level.setItemLabelGenerator(l -> level("level", l));
                        level.setPlaceholder(getTranslation("gridView.override"));
                        TextField reason = new TextField();
                        reason.setPlaceholder(getTranslation("gridView.overrideReason"));
                        Button save = new Button(
                                getTranslation("gridView.save"),
                                e -> act(
                                        () -> grid.override(account, a.uscc(), level.getValue(), reason.getValue()),
                                        "gridView.overrideSaved"));
                        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        return new HorizontalLayout(level, reason, save);
                    })
                    .setAutoWidth(true);
        }
        Button assign = new Button(
                getTranslation("grid.assign"),
                e -> act(
                        () -> {
                            var result = grid.assign(account, region.getValue().code());
                            Feedback.success(getTranslation(
                                    "grid.assigned",
                                    result.assigned(),
                                    result.unchanged(),
                                    result.withoutSupervisor().size()));
                        },
                        null));
        assign.setVisible(manager);
        return new VerticalLayout(new HorizontalLayout(keyOnly, assign), assignments);
    }

    private VerticalLayout problemsTab() {
        register.setId("grid-problems");
        register.addColumn(p -> when(p.reportedAt()))
                .setHeader(getTranslation("gridView.reportedAt"))
                .setAutoWidth(true);
        register.addColumn(Problem::enterpriseName)
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(1);
        register.addColumn(p -> getTranslation("problem.kind." + p.kind()))
                .setHeader(getTranslation("gridView.problemKind"))
                .setAutoWidth(true);
        register.addColumn(Problem::description)
                .setHeader(getTranslation("gridView.problemText"))
                .setFlexGrow(2);
        register.addColumn(p -> p.regionName() + (p.handler() == null ? "" : "（" + p.handler() + "）"))
                .setHeader(getTranslation("gridView.handler"))
                .setAutoWidth(true);
        register.addColumn(p -> getTranslation("problem.status." + p.status()))
                .setHeader(getTranslation("gridView.status"))
                .setAutoWidth(true);
        problemUscc.setLabel(getTranslation("gridView.uscc"));
        problemKind.setLabel(getTranslation("gridView.problemKind"));
        problemKind.setItems(SupervisionProblemService.KINDS);
        problemKind.setItemLabelGenerator(k -> getTranslation("problem.kind." + k));
        problemText.setLabel(getTranslation("gridView.problemText"));
        problemText.setMaxLength(2000);
        problemText.setWidth("30em");
        reportProblem.setText(getTranslation("gridView.report"));
        reportProblem.setId("grid-report-problem");
        reportProblem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reportProblem.addClickListener(e -> act(
                () -> problems.report(
                        account, problemUscc.getValue().strip(), problemKind.getValue(), problemText.getValue()),
                "gridView.reported"));
        HorizontalLayout report = new HorizontalLayout(problemUscc, problemKind, problemText, reportProblem);
        report.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        report.setWrap(true);
        adHocUscc.setLabel(getTranslation("gridView.uscc"));
        adHocTitle.setLabel(getTranslation("gridView.adHocTitle"));
        adHocTitle.setMaxLength(200);
        adHocDue.setLabel(getTranslation("gridView.adHocDue"));
        assignAdHoc.setText(getTranslation("gridView.adHoc"));
        assignAdHoc.setId("grid-ad-hoc");
        assignAdHoc.addClickListener(e -> act(
                () -> grid.assignAdHoc(
                        account, adHocUscc.getValue().strip(), adHocTitle.getValue(), adHocDue.getValue()),
                "gridView.adHocSent"));
        HorizontalLayout adHoc = new HorizontalLayout(adHocUscc, adHocTitle, adHocDue, assignAdHoc);
        adHoc.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        adHoc.setWrap(true);
        return new VerticalLayout(new Paragraph(getTranslation("gridView.reportIntro")), report, adHoc, register);
    }

    /** The month's roster of the selected region as one sheet: a township's table or a county's register. */
    SpreadsheetExport.Table rosterTable() {
        return rosterTab.table();
    }

    private String when(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return Formats.dateTime(t.toInstant().atZone(clock.getZone()).toOffsetDateTime());
        }
        return value instanceof java.time.OffsetDateTime o
                ? Formats.dateTime(o)
                : value == null ? "" : value.toString();
    }

    private String level(String kind, Object value) {
        return value == null ? "—" : getTranslation("gridView." + kind + "." + value);
    }

    void refresh() {
        if (region.getValue() == null) {
            return;
        }
        String code = region.getValue().code();
        membersTab.refresh(code);
        assignments.setItems(grid.assignments(account, code, keyOnly.getValue()));
        register.setItems(problems.register(account, code));
        rosterTab.refresh();
    }

    /** Runs an action of the page: a refusal or a denial is said, otherwise {@code done} (when not null) and a refresh. */
    private void act(Runnable action, String done) {
        try {
            Feedback.attempt(action, done == null ? null : getTranslation(done), this::refresh);
        } catch (AccessDeniedException denied) {
            Feedback.error(getTranslation("gridView.denied"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gridView.title");
    }
}
