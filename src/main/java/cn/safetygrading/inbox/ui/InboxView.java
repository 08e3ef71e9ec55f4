package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.inbox.service.SavedFilters;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
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
@Menu(order = 1, icon = "vaadin:inbox", title = "nav.inbox")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.EXPERT_NAME, Role.SUPERVISOR_NAME,
        Role.INSPECTOR_NAME})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> TASK_KEYS = List.of("selfAssessment", "preliminaryReview", "departmentDiagnosis",
            "spotCheck", "objectionReview", "lookBack", "verifyRectification", "superviseMajorHazard",
            "inspectOnSite", "recheckInspection", "assignStationing", "stationingReport",
            "halfMonthlyContact", "quarterlyCheck", 
            "quarterlyMeeting", "quarterlyTalk", "quarterlyRiskCheck", "adHocDuty", "consultationAnswer", "problemHandling", "problemVerify",
            "halfYearReport", "yearlyDrill");

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
    private final Account account;
    private final Clock clock;

    final ComboBox<String> saved = new ComboBox<>();
    final Button bulkAssign = new Button();
    ComboBox<InboxService.Colleague> bulkDialog;
    private final SavedFilters savedFilters;

    public InboxView(InboxService inbox, SavedFilters savedFilters, LedgerService ledger, CurrentAccount current, Clock clock) {
        this.inbox = inbox;
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
        county.setItems(ledger.regions(account).stream().filter(r -> "COUNTY".equals(r.level())).toList());
        county.setItemLabelGenerator(Region::name);
        county.setClearButtonVisible(true);
        campaign.setLabel(getTranslation("inbox.campaign"));
        campaign.setItems(inbox.campaigns(account));
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        enterpriseClass.setLabel(getTranslation("ledger.class"));
        enterpriseClass.setItems("", "I", "II");
        enterpriseClass.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("filter.any") : getTranslation("class." + c));
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
        grid.addColumn(t -> getTranslation("task." + t.taskKey())).setHeader(getTranslation("inbox.task")).setAutoWidth(true)
                .setSortProperty(InboxTask.Sort.TASK.name());
        grid.addColumn(InboxTask::enterpriseName).setHeader(getTranslation("ledger.name")).setFlexGrow(2).setWidth("14em").setResizable(true)
                .setTooltipGenerator(InboxTask::enterpriseName).setSortProperty(InboxTask.Sort.ENTERPRISE.name());
        grid.addColumn(InboxTask::uscc).setHeader(getTranslation("ledger.uscc")).setAutoWidth(true)
                .setSortProperty(InboxTask.Sort.USCC.name());
        grid.addColumn(InboxTask::regionName).setHeader(getTranslation("ledger.region")).setAutoWidth(true)
                .setSortProperty(InboxTask.Sort.REGION.name());
        grid.addColumn(t -> t.enterpriseClass() == null ? "" : getTranslation("class." + t.enterpriseClass()))
                .setHeader(getTranslation("ledger.class")).setAutoWidth(true).setSortProperty(InboxTask.Sort.CLASS.name());
        grid.addColumn(t -> (t.grade() == null ? "—" : t.grade()) + (t.proposedGrade() == null ? "" : " → " + t.proposedGrade()))
                .setHeader(getTranslation("inbox.gradeProposed")).setAutoWidth(true);
        grid.addColumn(InboxTask::campaignName).setHeader(getTranslation("inbox.campaign")).setAutoWidth(true).setResizable(true);
        grid.addColumn(t -> Formats.dateTime(t.created())).setHeader(getTranslation("inbox.created")).setAutoWidth(true)
                .setSortProperty(InboxTask.Sort.CREATED.name());
        grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.due")).setAutoWidth(true)
                .setSortProperty(InboxTask.Sort.DUE.name());
        grid.addColumn(InboxTask::assignee).setHeader(getTranslation("inbox.assignee")).setAutoWidth(true)
                .setSortProperty(InboxTask.Sort.ASSIGNEE.name());
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setItems(q -> inbox.page(account, filter(), q.getSortOrders().stream()
                        .map(o -> Map.entry(InboxTask.Sort.valueOf(o.getSorted()), o.getDirection() == SortDirection.ASCENDING))
                        .toList(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) inbox.count(account, filter()));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));

        saved.setLabel(getTranslation("inbox.saved"));
        saved.setItems(savedFilters.list(account).keySet());
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(savedFilters.list(account).get(e.getValue()));
            }
        });
        Button saveFilter = new Button(getTranslation("inbox.saveFilter"), VaadinIcon.BOOKMARK.create(), e -> saveFilter());
        saveFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout filters = new FlexLayout(show, taskKey, county, campaign, enterpriseClass, overdue, dueWithin, search, saved,
                saveFilter);
        if (account.isAdmin() || account.has(Role.MANAGER)) {
            // managers pick tasks and hand them out together
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            bulkAssign.setText(getTranslation("inbox.bulkAssign"));
            bulkAssign.setIcon(VaadinIcon.USERS.create());
            bulkAssign.setId("bulk-assign");
            bulkAssign.setEnabled(false);
            bulkAssign.addClickListener(e -> openBulkAssign());
            grid.addSelectionListener(e -> bulkAssign.setEnabled(!e.getAllSelectedItems().isEmpty()));
            filters.add(bulkAssign);
        }
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("nav.inbox")), summary, filters, grid);
        expand(grid);
        updateSummary();
    }

    InboxFilter filter() {
        return new InboxFilter(show.getValue(), blankToNull(taskKey.getValue()),
                county.getValue() == null ? null : county.getValue().code(),
                campaign.getValue() == null ? null : campaign.getValue().id(), blankToNull(enterpriseClass.getValue()),
                overdue.getValue(),
                dueWithin.getValue(), blankToNull(search.getValue()));
    }

    void apply(InboxFilter filter) {
        if (filter == null) {
            return;
        }
        show.setValue(filter.show());
        taskKey.setValue(filter.taskKey() == null ? "" : filter.taskKey());
        county.setValue(county.getListDataView().getItems().filter(r -> r.code().equals(filter.countyCode())).findFirst().orElse(null));
        campaign.setValue(campaign.getListDataView().getItems().filter(c -> c.id().equals(filter.campaignId())).findFirst().orElse(null));
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
        } else if (task.due() != null && task.due().isBefore(OffsetDateTime.now(clock).plusDays(3))) {
            due.getElement().getThemeList().add("badge");
        }
        return due;
    }

    private Component actions(InboxTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> inbox.claim(account, task.taskId())));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (task.assignee().equals(account.userId())) {
            Button unclaim = new Button(getTranslation("inbox.unclaim"), e -> act(() -> inbox.unclaim(account, task.taskId())));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        Button open = new Button(getTranslation("inbox.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    /** The manager's bulk assignment of the selected tasks to one official of their groups. */
    void openBulkAssign() {
        List<InboxTask> selected = List.copyOf(grid.getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        java.util.Map<String, InboxService.Colleague> colleagues = new java.util.TreeMap<>();
        selected.stream().limit(20).forEach(t -> inbox.colleagues(account, t.taskId()).forEach(c -> colleagues.put(c.userId(), c)));
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
                InboxService.BulkResult result = inbox.assignAll(account,
                        selected.stream().map(InboxTask::taskId).toList(), to.getValue().userId());
                Notification.show(getTranslation("inbox.bulkAssigned", result.done(), result.refused().size()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(result.refused().isEmpty()
                        ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
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
            com.vaadin.flow.component.html.Paragraph none = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("inbox.bulkAssignNone"));
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
            Notification.show(getTranslation(refused.messageKey(), refused.getMessage()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateSummary();
    }

    private void updateSummary() {
        summary.setText(getTranslation("inbox.summary", inbox.count(account), inbox.overdueCount(account)));
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
