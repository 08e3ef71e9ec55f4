package cn.safetygrading.supervision.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SpreadsheetExport;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import cn.safetygrading.supervision.domain.Problem;
import cn.safetygrading.supervision.service.SupervisionGridService;
import cn.safetygrading.supervision.service.SupervisionProblemService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

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
    final Grid<Map<String, Object>> members = new Grid<>();
    final TextField memberId = new TextField();
    final ComboBox<Region> memberUnit = new ComboBox<>();
    final TextField memberPhone = new TextField();
    final Checkbox memberHead = new Checkbox();
    final Button addMember = new Button();
    final TextField hotline = new TextField();
    final Checkbox keyOnly = new Checkbox();
    final Grid<Map<String, Object>> assignments = new Grid<>();
    final Grid<Problem> register = new Grid<>();
    final TextField problemUscc = new TextField();
    final Select<String> problemKind = new Select<>();
    final TextArea problemText = new TextArea();
    final Button reportProblem = new Button();
    final TextField adHocUscc = new TextField();
    final TextField adHocTitle = new TextField();
    final DatePicker adHocDue = new DatePicker();
    final Button assignAdHoc = new Button();
    final DatePicker month = new DatePicker();
    final Grid<Map<String, Object>> roster = new Grid<>();

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
        this.manager = account.isAdmin() || account.has(Role.MANAGER);
        setSizeFull();
        List<Region> regions = ledger.regions(account);
        region.setLabel(getTranslation("ledger.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::name);
        region.setId("grid-region");
        region.addValueChangeListener(e -> refresh());

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("gridView.tab.members"), membersTab(regions));
        tabs.add(getTranslation("gridView.tab.enterprises"), enterprisesTab());
        tabs.add(getTranslation("gridView.tab.problems"), problemsTab());
        tabs.add(getTranslation("gridView.tab.monthly"), monthlyTab());
        add(new H3(getTranslation("gridView.title")), new Paragraph(getTranslation("gridView.intro")), region, tabs);
        regions.stream()
                .filter(r -> r.code().equals(account.regionCode()))
                .findFirst()
                .or(() -> regions.stream().findFirst())
                .ifPresent(region::setValue);
    }

    private VerticalLayout membersTab(List<Region> regions) {
        members.setId("grid-members");
        members.addColumn(m -> m.get("regionName"))
                .setHeader(getTranslation("grid.unit"))
                .setAutoWidth(true);
        members.addColumn(m -> m.get("displayName") + "（" + m.get("userId") + "）")
                .setHeader(getTranslation("gridView.member"))
                .setFlexGrow(2);
        members.addColumn(m -> Boolean.TRUE.equals(m.get("head")) ? getTranslation("gridView.head") : "")
                .setHeader(getTranslation("gridView.head"))
                .setAutoWidth(true);
        members.addColumn(m -> m.get("phone") == null ? "—" : m.get("phone"))
                .setHeader(getTranslation("gridView.phone"))
                .setAutoWidth(true);
        members.addColumn(m -> m.get("load"))
                .setHeader(getTranslation("grid.enterprises"))
                .setAutoWidth(true);
        members.addColumn(m -> m.get("commitmentSignedAt") == null
                        ? getTranslation("gridView.notSigned")
                        : getTranslation("gridView.signed"))
                .setHeader(getTranslation("gridView.commitment"))
                .setAutoWidth(true);
        if (manager) {
            members.addComponentColumn(m -> {
                        Button head = new Button(
                                getTranslation("gridView.makeHead"),
                                e -> act(
                                        () -> grid.setHead(
                                                account, (String) m.get("userId"), (String) m.get("regionCode")),
                                        "gridView.saved"));
                        head.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        head.setEnabled(!Boolean.TRUE.equals(m.get("head")));
                        Button remove = new Button(
                                getTranslation("gridView.remove"),
                                e -> act(
                                        () -> grid.removeMember(
                                                account, (String) m.get("userId"), (String) m.get("regionCode")),
                                        "gridView.saved"));
                        remove.addThemeVariants(
                                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                        return new HorizontalLayout(head, remove);
                    })
                    .setAutoWidth(true);
        }
        members.setAllRowsVisible(true);
        memberId.setLabel(getTranslation("gridView.userId"));
        memberUnit.setLabel(getTranslation("grid.unit"));
        memberUnit.setItems(regions);
        memberUnit.setItemLabelGenerator(Region::name);
        memberPhone.setLabel(getTranslation("gridView.phone"));
        memberHead.setLabel(getTranslation("gridView.head"));
        addMember.setText(getTranslation("gridView.add"));
        addMember.setId("grid-add-member");
        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMember.addClickListener(e -> {
            if (memberUnit.getValue() == null || memberId.isEmpty()) {
                memberId.setInvalid(memberId.isEmpty());
                memberUnit.setInvalid(memberUnit.getValue() == null);
                return;
            }
            act(
                    () -> grid.addMember(
                            account,
                            memberId.getValue().strip(),
                            memberUnit.getValue().code(),
                            memberHead.getValue(),
                            memberPhone.getValue()),
                    "gridView.saved");
        });
        hotline.setLabel(getTranslation("gridView.hotline"));
        hotline.setHelperText(getTranslation("gridView.hotlineHelp", SupervisionGridService.DEFAULT_HOTLINE));
        Button saveHotline = new Button(
                getTranslation("gridView.save"),
                e -> act(
                        () -> grid.setHotline(account, region.getValue().code(), hotline.getValue()),
                        "gridView.saved"));
        HorizontalLayout add = new HorizontalLayout(memberId, memberUnit, memberPhone, memberHead, addMember);
        add.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add.setWrap(true); // on a phone the fields go onto further lines instead of off the screen
        HorizontalLayout phone = new HorizontalLayout(hotline, saveHotline);
        phone.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        phone.setWrap(true);
        add.setVisible(manager);
        phone.setVisible(manager);
        return new VerticalLayout(members, add, phone);
    }

    private VerticalLayout enterprisesTab() {
        keyOnly.setLabel(getTranslation("gridView.keyOnly"));
        keyOnly.setValue(true);
        keyOnly.setId("grid-key-only");
        keyOnly.addValueChangeListener(e -> refresh());
        assignments.setId("grid-assignments");
        assignments
                .addColumn(a -> a.get("name"))
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(2)
                .setResizable(true);
        assignments
                .addColumn(a -> a.get("enterpriseRegion"))
                .setHeader(getTranslation("ledger.region"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> level("risk", a.get("riskLevel")))
                .setHeader(getTranslation("gridView.risk"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> level("level", a.get("gridLevel")) + " · " + a.get("unitName")
                        + (a.get("overrideBy") == null
                                ? ""
                                : " " + getTranslation("gridView.overridden", level("level", a.get("decidedLevel")))))
                .setHeader(getTranslation("gridView.gridLevel"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> a.get("supervisorName"))
                .setHeader(getTranslation("gridView.supervisor"))
                .setAutoWidth(true);
        assignments
                .addColumn(a -> a.get("overrideBy") == null ? "" : a.get("overrideBy") + "：" + a.get("overrideReason"))
                .setHeader(getTranslation("gridView.overrideReason"))
                .setFlexGrow(1);
        if (manager) {
            assignments
                    .addComponentColumn(a -> {
                        Select<String> level = new Select<>();
                        level.setItems("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");
                        level.setItemLabelGenerator(l -> level("level", l));
                        level.setPlaceholder(getTranslation("gridView.override"));
                        TextField reason = new TextField();
                        reason.setPlaceholder(getTranslation("gridView.overrideReason"));
                        Button save = new Button(
                                getTranslation("gridView.save"),
                                e -> act(
                                        () -> grid.override(
                                                account, (String) a.get("uscc"), level.getValue(), reason.getValue()),
                                        "gridView.overrideSaved"));
                        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        return new HorizontalLayout(level, reason, save);
                    })
                    .setAutoWidth(true);
        }
        Button assign = new Button(getTranslation("grid.assign"), e -> {
            try {
                var result = grid.assign(account, region.getValue().code());
                Notification.show(
                        getTranslation(
                                "grid.assigned",
                                result.assigned(),
                                result.unchanged(),
                                result.withoutSupervisor().size()),
                        5000,
                        Notification.Position.BOTTOM_START);
                refresh();
            } catch (Refused refused) {
                error(refused);
            }
        });
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

    private VerticalLayout monthlyTab() {
        month.setLabel(getTranslation("gridView.month"));
        month.setValue(java.time.LocalDate.now(clock).withDayOfMonth(1));
        month.addValueChangeListener(e -> refresh());
        roster.setId("grid-roster");
        roster.addColumn(r -> r.get("township"))
                .setHeader(getTranslation("gridView.township"))
                .setAutoWidth(true);
        roster.addColumn(r -> r.get("name"))
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(2);
        roster.addColumn(r -> r.get("supervisorName"))
                .setHeader(getTranslation("gridView.supervisor"))
                .setAutoWidth(true);
        for (String column : List.of("due", "done", "overdue", "escalated", "problemsOpen", "consultations")) {
            roster.addColumn(r -> r.get(column))
                    .setHeader(getTranslation("gridView.col." + column))
                    .setAutoWidth(true);
        }
        Div export = new Div(
                SpreadsheetExport.link(getTranslation("gridView.export"), "baobao-monthly.xlsx", this::rosterTable));
        export.setId("grid-roster-export");
        return new VerticalLayout(
                new Paragraph(getTranslation("gridView.monthlyIntro")), new HorizontalLayout(month, export), roster);
    }

    /** The month's roster of the selected region as one sheet: a township's table or a county's register. */
    SpreadsheetExport.Table rosterTable() {
        List<String> columns = List.of(
                "township",
                "uscc",
                "name",
                "riskLevel",
                "gridLevel",
                "unitName",
                "supervisorName",
                "phone",
                "due",
                "done",
                "overdue",
                "escalated",
                "problemsReported",
                "problemsOpen",
                "consultations");
        List<List<Object>> rows = rosterRows().stream()
                .map(r -> columns.stream()
                        .map(c -> {
                            Object v = r.get(c);
                            if ("riskLevel".equals(c)) {
                                return (Object) level("risk", v);
                            }
                            if ("gridLevel".equals(c)) {
                                return (Object) level("level", v);
                            }
                            return v == null ? "" : v instanceof Number n ? (Object) n.longValue() : v;
                        })
                        .toList())
                .toList();
        String name = region.getValue() == null ? "" : region.getValue().name();
        return new SpreadsheetExport.Table(
                name + " " + yearMonth(),
                columns.stream().map(c -> getTranslation("gridView.col." + c)).toList(),
                rows);
    }

    private List<Map<String, Object>> rosterRows() {
        return region.getValue() == null
                ? List.of()
                : grid.monthlyRoster(account, region.getValue().code(), yearMonth());
    }

    private YearMonth yearMonth() {
        return YearMonth.from(month.getValue() == null ? java.time.LocalDate.now(clock) : month.getValue());
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
        members.setItems(grid.members(account, code));
        assignments.setItems(grid.assignments(account, code, keyOnly.getValue()));
        register.setItems(problems.register(account, code));
        roster.setItems(rosterRows());
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(getTranslation(done), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (Refused refused) {
            error(refused);
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            Notification.show(getTranslation("gridView.denied"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void error(Refused refused) {
        Notification.show(
                        getTranslation(refused.messageKey(), refused.getMessage()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gridView.title");
    }
}
