package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.inbox.service.SavedFilters;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.notification.service.TaskNotifier;
import cn.safetygrading.notification.ui.UrgeDialog;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** 待办: the official's tasks and their groups' tasks, filtered, due first, with claim and unclaim. */
@Route("inbox")
@StyleSheet("context://css/sg-workspace.css")
@Menu(order = 1, icon = "vaadin:inbox", title = "nav.inbox")
@RolesAllowed({
    Role.ADMIN_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.EXPERT_NAME,
    Role.SUPERVISOR_NAME,
    Role.INSPECTOR_NAME
})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> TASK_KEYS = List.of(
            "selfAssessment",
            "preliminaryReview",
            "departmentDiagnosis",
            "spotCheck",
            "objectionReview",
            "lookBack",
            "verifyRectification",
            "superviseMajorHazard",
            "inspectOnSite",
            "recheckInspection",
            "assignStationing",
            "stationingReport",
            "halfMonthlyContact",
            "quarterlyCheck",
            "quarterlyMeeting",
            "quarterlyTalk",
            "quarterlyRiskCheck",
            "adHocDuty",
            "consultationAnswer",
            "problemHandling",
            "problemVerify",
            "halfYearReport",
            "yearlyDrill");

    final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    final Span summary = new Span();
    final Select<InboxFilter.Show> show = new Select<>();
    final Select<String> taskKey = new Select<>();
    final ComboBox<Region> county = new ComboBox<>();
    final ComboBox<Campaign> campaign = new ComboBox<>();
    final Select<String> enterpriseClass = new Select<>();
    final Checkbox overdue = new Checkbox();
    final IntegerField dueWithin = new IntegerField();
    final TextField search = new TextField();
    private final InboxService inbox;
    private final InboxQueries queries;
    private final Account account;
    private final Clock clock;

    final ComboBox<String> saved = new ComboBox<>();
    final Button bulkAssign = new Button();
    /** 催办 the selected tasks (managers only). */
    final Button urge = new Button();

    ComboBox<InboxService.Colleague> bulkDialog;
    private final SavedFilters savedFilters;
    /** The filters, folded behind {@link #filterToggle} on a phone. */
    final FlexLayout filters = new FlexLayout();

    final Button filterToggle = new Button();
    final Button skipToSearch = new Button();
    /** The columns a phone does without (the task, enterprise, due date and actions stay). */
    private final List<Grid.Column<InboxTask>> secondary = new java.util.ArrayList<>();
    /** The columns a window below {@link #WIDE_PX} does without, so the rest fit beside the menu at 1366 px. */
    private final List<Grid.Column<InboxTask>> tertiary = new java.util.ArrayList<>();

    static final int WIDE_PX = 1500;
    boolean wide = true;
    Grid.Column<InboxTask> dueColumn;
    Grid.Column<InboxTask> actionsColumn;
    /** The row whose cell has the keyboard focus: Enter on it opens the task. */
    private InboxTask focused;

    boolean narrow;
    ConfirmDialog claimConfirm;

    public InboxView(
            InboxService inbox,
            InboxQueries queries,
            SavedFilters savedFilters,
            LedgerService ledger,
            CurrentAccount current,
            Clock clock,
            TaskNotifier notifier) {
        this.inbox = inbox;
        this.queries = queries;
        this.savedFilters = savedFilters;
        this.account = current.require();
        this.clock = clock;
        setSizeFull();

        show.setLabel(getTranslation("inbox.show"));
        show.setItems(InboxFilter.Show.values());
        show.setItemLabelGenerator(s -> getTranslation("inbox.show." + s.name()));
        show.setValue(InboxFilter.Show.ALL);
        taskKey.setLabel(getTranslation("inbox.taskType"));
        taskKey.setItems(concat("", TASK_KEYS));
        taskKey.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("filter.any") : getTranslation("task." + k));
        taskKey.setValue("");
        county.setLabel(getTranslation("ledger.region"));
        county.setItems(ledger.regions(account).stream()
                .filter(r -> "COUNTY".equals(r.level()))
                .toList());
        county.setItemLabelGenerator(Region::name);
        county.setClearButtonVisible(true);
        campaign.setLabel(getTranslation("inbox.campaign"));
        campaign.setItems(queries.campaigns(account));
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        enterpriseClass.setLabel(getTranslation("ledger.class"));
        enterpriseClass.setItems("", "I", "II");
        enterpriseClass.setItemLabelGenerator(
                c -> c.isEmpty() ? getTranslation("filter.any") : getTranslation("class." + c));
        enterpriseClass.setValue("");
        overdue.setLabel(getTranslation("inbox.overdueOnly"));
        dueWithin.setLabel(getTranslation("inbox.dueWithin"));
        dueWithin.setMin(0);
        dueWithin.setClearButtonVisible(true);
        dueWithin.setWidth("8em");
        search.setLabel(getTranslation("inbox.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("inbox-search");
        show.addValueChangeListener(e -> refresh());
        taskKey.addValueChangeListener(e -> refresh());
        county.addValueChangeListener(e -> refresh());
        campaign.addValueChangeListener(e -> refresh());
        enterpriseClass.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        dueWithin.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());

        grid.setId("inbox-grid");
        // at 1366 px every column fits: long texts wrap in their cell instead of pushing the due date and
        // 办理 off-screen, and those two stay frozen at the right edge whatever the width
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> getTranslation("task." + t.taskKey()))
                .setHeader(getTranslation("inbox.task"))
                .setWidth("5.5em")
                .setFlexGrow(1)
                .setSortProperty(InboxTask.Sort.TASK.name());
        grid.addColumn(InboxTask::enterpriseName)
                .setHeader(getTranslation("ledger.name"))
                .setFlexGrow(3)
                .setWidth("10em")
                .setResizable(true)
                .setTooltipGenerator(InboxTask::enterpriseName)
                .setSortProperty(InboxTask.Sort.ENTERPRISE.name());
        secondary.add(grid.addColumn(InboxTask::uscc)
                .setHeader(getTranslation("ledger.uscc"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortProperty(InboxTask.Sort.USCC.name()));
        secondary.add(grid.addColumn(InboxTask::regionName)
                .setHeader(getTranslation("ledger.region"))
                .setWidth("5em")
                .setFlexGrow(1)
                .setSortProperty(InboxTask.Sort.REGION.name()));
        secondary.add(
                grid.addColumn(t -> t.enterpriseClass() == null ? "" : getTranslation("class." + t.enterpriseClass()))
                        .setHeader(getTranslation("ledger.class"))
                        .setWidth("5em")
                        .setFlexGrow(0)
                        .setSortProperty(InboxTask.Sort.CLASS.name()));
        secondary.add(grid.addColumn(t -> (t.grade() == null ? "—" : t.grade())
                        + (t.proposedGrade() == null ? "" : " → " + t.proposedGrade()))
                .setHeader(getTranslation("inbox.gradeProposed"))
                .setWidth("6em")
                .setFlexGrow(0));
        tertiary.add(grid.addColumn(InboxTask::campaignName)
                .setHeader(getTranslation("inbox.campaign"))
                .setWidth("8em")
                .setFlexGrow(2)
                .setResizable(true));
        tertiary.add(grid.addColumn(t -> Formats.dateTime(t.created()))
                .setHeader(getTranslation("inbox.created"))
                .setWidth("7.5em")
                .setFlexGrow(0)
                .setSortProperty(InboxTask.Sort.CREATED.name()));
        secondary.add(grid.addColumn(InboxTask::assignee)
                .setHeader(getTranslation("inbox.assignee"))
                .setWidth("6em")
                .setFlexGrow(1)
                .setSortProperty(InboxTask.Sort.ASSIGNEE.name()));
        dueColumn = grid.addComponentColumn(this::due)
                .setHeader(getTranslation("inbox.due"))
                .setWidth("7em")
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setSortProperty(InboxTask.Sort.DUE.name());
        actionsColumn = grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("inbox.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItems(
                q -> queries
                        .page(
                                account,
                                filter(),
                                q.getSortOrders().stream()
                                        .map(o -> Map.entry(
                                                InboxTask.Sort.valueOf(o.getSorted()),
                                                o.getDirection() == SortDirection.ASCENDING))
                                        .toList(),
                                q.getOffset(),
                                q.getLimit())
                        .stream(),
                q -> (int) queries.count(account, filter()));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        // keyboard: Enter on a row's cell opens its task (not on the selection checkbox, not inside a button)
        grid.addCellFocusListener(
                e -> focused = e.getColumn().isPresent() ? e.getItem().orElse(null) : null);
        grid.getElement()
                .addEventListener("keydown", e -> openFocused())
                .setFilter("event.key === 'Enter' && event.composedPath()[0].localName === 'td'");

        saved.setLabel(getTranslation("inbox.saved"));
        saved.setItems(savedFilters.list(account).keySet());
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(savedFilters.list(account).get(e.getValue()));
            }
        });
        Button saveFilter =
                new Button(getTranslation("inbox.saveFilter"), VaadinIcon.BOOKMARK.create(), e -> saveFilter());
        saveFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filters.add(show, taskKey, county, campaign, enterpriseClass, overdue, dueWithin, search, saved, saveFilter);
        filters.setId("inbox-filters");
        if (account.isAdmin() || account.has(Role.MANAGER)) {
            // managers pick tasks and hand them out together
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            bulkAssign.setText(getTranslation("inbox.bulkAssign"));
            bulkAssign.setIcon(VaadinIcon.USERS.create());
            bulkAssign.setId("bulk-assign");
            bulkAssign.setEnabled(false);
            bulkAssign.addClickListener(e -> openBulkAssign());
            // 催办: the selected tasks' people hear from the manager, with a note; the grid holds only the
            // manager's scope, so a selection never reaches beyond it
            urge.setText(getTranslation("notification.urge.selected"));
            urge.setIcon(VaadinIcon.BELL.create());
            urge.setId("inbox-urge");
            urge.setEnabled(false);
            urge.addClickListener(e -> new UrgeDialog(
                            notifier,
                            account.userId(),
                            grid.getSelectedItems().stream()
                                    .map(InboxTask::taskId)
                                    .toList())
                    .open());
            grid.addSelectionListener(e -> {
                bulkAssign.setEnabled(!e.getAllSelectedItems().isEmpty());
                urge.setEnabled(!e.getAllSelectedItems().isEmpty()
                        && e.getAllSelectedItems().size() <= TaskNotifier.MAX_URGED);
            });
            filters.add(bulkAssign, urge);
        }
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        // a skip link, first in the tab order, straight to the search
        skipToSearch.setText(getTranslation("inbox.skipToSearch"));
        skipToSearch.setId("skip-to-search");
        skipToSearch.addClassName("sg-skip-link");
        skipToSearch.addThemeVariants(ButtonVariant.LUMO_SMALL);
        skipToSearch.addClickListener(e -> {
            filters.setVisible(true);
            search.focus();
        });
        // on a phone the filters fold behind 筛选
        filterToggle.setText(getTranslation("inbox.filterToggle"));
        filterToggle.setIcon(VaadinIcon.FILTER.create());
        filterToggle.setId("inbox-filter-toggle");
        filterToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filterToggle.setVisible(false);
        filterToggle.addClickListener(e -> filters.setVisible(!filters.isVisible()));
        summary.setId("inbox-summary");
        getStyle().set("position", "relative");
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("nav.inbox")), filterToggle);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        heading.expand(heading.getComponentAt(0));
        add(skipToSearch, heading, summary, filters, grid);
        expand(grid);
        updateSummary();
        WidthWatcher.watch(this, this::applyNarrow);
        WidthWatcher.watchWidth(this, w -> applyWide(w <= 0 || w >= WIDE_PX));
    }

    /** Below 1500 px the campaign and creation columns go (the campaign filter stays); at 1366 px the rest fit. */
    void applyWide(boolean wide) {
        if (this.wide != wide) {
            this.wide = wide;
            showColumns();
        }
    }

    private void showColumns() {
        secondary.forEach(c -> c.setVisible(!narrow));
        tertiary.forEach(c -> c.setVisible(!narrow && wide));
        // on a phone only 办理 stays frozen at the right: the other columns scroll beneath it
        dueColumn.setFrozenToEnd(!narrow);
        actionsColumn.setFrozenToEnd(true);
    }

    /** A phone: the secondary columns go, the filters fold behind 筛选; a wider window gets them back. */
    void applyNarrow(boolean narrow) {
        this.narrow = narrow;
        showColumns();
        grid.getDataProvider().refreshAll();
        filterToggle.setVisible(narrow);
        filters.setVisible(!narrow);
    }

    void openFocused() {
        if (focused != null) {
            open(focused);
        }
    }

    InboxFilter filter() {
        return new InboxFilter(
                show.getValue(),
                blankToNull(taskKey.getValue()),
                county.getValue() == null ? null : county.getValue().code(),
                campaign.getValue() == null ? null : campaign.getValue().id(),
                blankToNull(enterpriseClass.getValue()),
                overdue.getValue(),
                dueWithin.getValue(),
                blankToNull(search.getValue()));
    }

    void apply(InboxFilter filter) {
        if (filter == null) {
            return;
        }
        show.setValue(filter.show());
        taskKey.setValue(filter.taskKey() == null ? "" : filter.taskKey());
        county.setValue(county.getListDataView()
                .getItems()
                .filter(r -> r.code().equals(filter.countyCode()))
                .findFirst()
                .orElse(null));
        campaign.setValue(campaign.getListDataView()
                .getItems()
                .filter(c -> c.id().equals(filter.campaignId()))
                .findFirst()
                .orElse(null));
        enterpriseClass.setValue(filter.enterpriseClass() == null ? "" : filter.enterpriseClass());
        overdue.setValue(filter.overdueOnly());
        dueWithin.setValue(filter.dueWithinDays());
        search.setValue(filter.text() == null ? "" : filter.text());
    }

    private void saveFilter() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("inbox.saveFilter"));
        TextField name = new TextField(getTranslation("inbox.filterName"));
        name.setMaxLength(SavedFilters.MAX_NAME);
        name.setRequired(true);
        dialog.add(name);
        Button ok = new Button(getTranslation("inbox.saveFilter"), e -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                return;
            }
            savedFilters.save(account, name.getValue(), filter());
            saved.setItems(savedFilters.list(account).keySet());
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        dialog.open();
    }

    private Component due(InboxTask task) {
        Span due = new Span(Formats.dateTime(task.due()));
        if (task.overdue()) {
            due.setText(due.getText() + " " + getTranslation("inbox.overdue"));
            due.getElement().getThemeList().add("badge error");
        } else if (task.due() != null
                && task.due().isBefore(OffsetDateTime.now(clock).plusDays(3))) {
            due.getElement().getThemeList().add("badge");
        }
        return due;
    }

    private Component actions(InboxTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (narrow) {
            // a phone: 办理 only; the task page claims and unclaims
        } else if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (task.assignee().equals(account.userId())) {
            Button unclaim =
                    new Button(getTranslation("inbox.unclaim"), e -> act(() -> inbox.unclaim(account, task.taskId())));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        Button open = new Button(getTranslation("inbox.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    /**
     * Claims one task. In a manager's multi-select grid a claim asks first: Enter on a selection checkbox
     * then Tab and Enter landed on a row's 签收 and claimed a task nobody meant to take.
     */
    void claim(InboxTask task) {
        if (grid.getSelectionModel() instanceof com.vaadin.flow.component.grid.GridMultiSelectionModel<?>) {
            claimConfirm = new ConfirmDialog();
            claimConfirm.setHeader(getTranslation("inbox.claimConfirmTitle"));
            claimConfirm.setText(getTranslation(
                    "inbox.claimConfirm",
                    getTranslation("task." + task.taskKey()),
                    task.enterpriseName() == null ? "" : task.enterpriseName()));
            claimConfirm.setCancelable(true);
            claimConfirm.setCancelText(getTranslation("notice.cancel"));
            claimConfirm.setConfirmText(getTranslation("inbox.claim"));
            claimConfirm.addConfirmListener(e -> act(() -> inbox.claim(account, task.taskId())));
            claimConfirm.open();
            return;
        }
        act(() -> inbox.claim(account, task.taskId()));
    }

    /** The manager's bulk assignment of the selected tasks to one official of their groups. */
    void openBulkAssign() {
        List<InboxTask> selected = List.copyOf(grid.getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        java.util.Map<String, InboxService.Colleague> colleagues = new java.util.TreeMap<>();
        selected.stream()
                .limit(20)
                .forEach(t -> inbox.colleagues(account, t.taskId()).forEach(c -> colleagues.put(c.userId(), c)));
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("inbox.bulkAssignTitle", selected.size()));
        ComboBox<InboxService.Colleague> to = new ComboBox<>(getTranslation("inbox.assignTo"));
        to.setId("bulk-assign-to");
        to.setItems(colleagues.values());
        to.setItemLabelGenerator(InboxService.Colleague::name);
        to.setWidthFull();
        Button ok = new Button(getTranslation("inbox.bulkAssign"), e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("taskPage.delegatePick"));
                return;
            }
            dialog.close();
            act(() -> {
                InboxService.BulkResult result = inbox.assignAll(
                        account,
                        selected.stream().map(InboxTask::taskId).toList(),
                        to.getValue().userId());
                Notification.show(
                                getTranslation(
                                        "inbox.bulkAssigned",
                                        result.done(),
                                        result.refused().size()),
                                6000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(
                                result.refused().isEmpty()
                                        ? NotificationVariant.LUMO_SUCCESS
                                        : NotificationVariant.LUMO_WARNING);
            });
            grid.deselectAll();
        });
        ok.setId("confirm-bulk-assign");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(to);
        if (colleagues.isEmpty()) {
            // nobody to choose: say why instead of an empty list
            to.setEnabled(false);
            ok.setEnabled(false);
            com.vaadin.flow.component.html.Paragraph none =
                    new com.vaadin.flow.component.html.Paragraph(getTranslation("inbox.bulkAssignNone"));
            none.setId("bulk-assign-none");
            dialog.add(none);
        } else {
            to.setHelperText(getTranslation("inbox.bulkAssignWho"));
        }
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), ok);
        dialog.open();
        bulkDialog = to;
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate("tasks/" + task.taskId()));
    }

    void act(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            Notification.show(
                            getTranslation(refused.messageKey(), refused.getMessage()),
                            5000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateSummary();
    }

    private void updateSummary() {
        // the count follows the filters
        InboxFilter f = filter();
        long overdueCount = f.overdueOnly()
                ? -1
                : queries.count(
                        account,
                        new InboxFilter(
                                f.show(),
                                f.taskKey(),
                                f.countyCode(),
                                f.campaignId(),
                                f.enterpriseClass(),
                                true,
                                f.dueWithinDays(),
                                f.text()));
        long all = queries.count(account, f);
        summary.setText(getTranslation("inbox.summary", all, overdueCount < 0 ? all : overdueCount));
    }

    private static List<String> concat(String first, List<String> rest) {
        var all = new java.util.ArrayList<String>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
