package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.inbox.service.SavedFilters;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.notification.service.TaskNotifier;
import cn.safetygrading.notification.ui.UrgeDialog;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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

    final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    final Span summary = new Span();
    private final InboxService inbox;
    private final InboxQueries queries;
    private final Account account;

    /** The filters, folded behind {@link #filterToggle} on a phone. */
    final InboxFilterBar filters;

    final Select<String> taskKey;
    final Select<String> enterpriseClass;
    final TextField search;
    final ComboBox<String> saved;
    final Button bulkAssign = new Button();
    /** 催办 the selected tasks (managers only). */
    final Button urge = new Button();

    ComboBox<InboxService.Colleague> bulkDialog;
    final Button filterToggle = new Button();
    final Button skipToSearch = new Button();
    private final InboxColumns columns;

    static final int WIDE_PX = 1500;
    boolean wide = true;
    final Grid.Column<InboxTask> dueColumn;
    final Grid.Column<InboxTask> actionsColumn;
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
        this.account = current.require();
        setSizeFull();

        filters = new InboxFilterBar(
                account,
                savedFilters,
                ledger.regions(account).stream()
                        .filter(r -> "COUNTY".equals(r.level()))
                        .toList(),
                queries.campaigns(account),
                this::refresh);
        taskKey = filters.taskKey;
        enterpriseClass = filters.enterpriseClass;
        search = filters.search;
        saved = filters.saved;

        grid.setId("inbox-grid");
        columns = new InboxColumns(this, grid, clock);
        dueColumn = columns.dueColumn;
        actionsColumn = columns.actionsColumn;
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

        if (account.isAdmin() || account.has(Role.MANAGER)) {
            managerActions(notifier);
        }
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

    /** Managers pick tasks and hand them out together, or 催办 them. */
    private void managerActions(TaskNotifier notifier) {
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
                        grid.getSelectedItems().stream().map(InboxTask::taskId).toList())
                .open());
        grid.addSelectionListener(e -> {
            bulkAssign.setEnabled(!e.getAllSelectedItems().isEmpty());
            urge.setEnabled(!e.getAllSelectedItems().isEmpty()
                    && e.getAllSelectedItems().size() <= TaskNotifier.MAX_URGED);
        });
        filters.add(bulkAssign, urge);
    }

    /** Below 1500 px the campaign and creation columns go (the campaign filter stays); at 1366 px the rest fit. */
    void applyWide(boolean wide) {
        if (this.wide != wide) {
            this.wide = wide;
            columns.show(narrow, wide);
        }
    }

    /** A phone: the secondary columns go, the filters fold behind 筛选; a wider window gets them back. */
    void applyNarrow(boolean narrow) {
        this.narrow = narrow;
        columns.show(narrow, wide);
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
        return filters.filter();
    }

    void apply(InboxFilter filter) {
        filters.apply(filter);
    }

    String userId() {
        return account.userId();
    }

    void unclaim(InboxTask task) {
        act(() -> inbox.unclaim(account, task.taskId()));
    }

    /**
     * Claims one task. In a manager's multi-select grid a claim asks first: Enter on a selection checkbox
     * then Tab and Enter landed on a row's 签收 and claimed a task nobody meant to take.
     */
    void claim(InboxTask task) {
        if (grid.getSelectionModel() instanceof GridMultiSelectionModel<?>) {
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
        BulkAssignDialog dialog = new BulkAssignDialog(inbox, account, selected, () -> {
            refresh();
            grid.deselectAll();
        });
        dialog.open();
        bulkDialog = dialog.to;
    }

    void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate("tasks/" + task.taskId()));
    }

    /** Runs an action on a task; a refusal is said, and the list shows the tasks as they are now either way. */
    void act(Runnable action) {
        Feedback.attempt(action, null, null);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateSummary();
    }

    private void updateSummary() {
        InboxFilter f = filter();
        long overdueCount = f.overdueOnly() ? -1 : queries.count(account, filters.overdueToo());
        long all = queries.count(account, f);
        summary.setText(getTranslation("inbox.summary", all, overdueCount < 0 ? all : overdueCount));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
