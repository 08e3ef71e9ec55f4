package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.inbox.service.DoneTasks;
import cn.safetygrading.inbox.service.TaskKeys;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * 已办 (/done): the tasks the signed-in official completed, newest first, filtered by completion dates,
 * task type and enterprise (name or USCC), read page by page from the engine's history. Each row opens
 * the enterprise's file, read-only, where the case's history, decisions and submissions are shown.
 */
@Route("done")
@Menu(order = 1.5, icon = "vaadin:check-square-o", title = "nav.done")
@RolesAllowed({
    Role.ADMIN_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.EXPERT_NAME,
    Role.SUPERVISOR_NAME,
    Role.INSPECTOR_NAME
})
public class DoneView extends VerticalLayout implements HasDynamicTitle {

    private static final java.util.Set<String> GRADING_TASKS = java.util.Set.of(
            "selfAssessment", "preliminaryReview", "departmentDiagnosis", "spotCheck", "objectionReview", "lookBack");

    final Grid<DoneTasks.DoneTask> grid = new Grid<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<String> taskKey = new Select<>();
    final TextField enterprise = new TextField();
    final Span count = new Span();

    public DoneView(DoneTasks done, CurrentAccount current) {
        Account account = current.require();
        setId("done");
        from.setLabel(getTranslation("done.from"));
        from.setId("done-from");
        to.setLabel(getTranslation("done.to"));
        to.setId("done-to");
        taskKey.setLabel(getTranslation("inbox.taskType"));
        taskKey.setId("done-task-type");
        List<String> keys = new ArrayList<>();
        keys.add("");
        keys.addAll(TaskKeys.ALL);
        taskKey.setItems(keys);
        taskKey.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("filter.any") : getTranslation("task." + k));
        taskKey.setValue("");
        enterprise.setLabel(getTranslation("done.enterprise"));
        enterprise.setPlaceholder(getTranslation("done.enterprisePlaceholder"));
        enterprise.setId("done-enterprise");
        enterprise.setClearButtonVisible(true);
        enterprise.setValueChangeMode(ValueChangeMode.LAZY);
        count.setId("done-count");
        FlexLayout filters = new FlexLayout(from, to, taskKey, enterprise);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");

        grid.setId("done-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(t -> t.taskKey() == null ? t.taskName() : getTranslation("task." + t.taskKey()))
                .setHeader(getTranslation("inbox.taskType"))
                .setKey("task")
                .setAutoWidth(true);
        grid.addComponentColumn(this::enterpriseLink)
                .setHeader(getTranslation("done.enterprise"))
                .setKey("enterprise")
                .setFlexGrow(3);
        grid.addColumn(DoneTasks.DoneTask::uscc)
                .setHeader("USCC")
                .setKey("uscc")
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.completed()))
                .setHeader(getTranslation("done.completed"))
                .setKey("completed")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("done.empty"));
        grid.setItems(q -> done.page(account, filter(), q.getOffset(), q.getLimit()).stream(), q -> {
            int n = (int) done.count(account, filter());
            count.setText(getTranslation("done.count", n));
            return n;
        });
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        taskKey.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        enterprise.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setWidthFull();
        setSizeFull();
        add(new H2(getTranslation("nav.done")), filters, count, grid);
        setFlexGrow(1, grid);
    }

    DoneTasks.Filter filter() {
        String key = taskKey.getValue();
        return new DoneTasks.Filter(
                from.getValue(),
                to.getValue(),
                key == null || key.isEmpty() ? null : key,
                enterprise.getValue().isBlank() ? null : enterprise.getValue());
    }

    /** The enterprise's file (read-only for the case: its timeline, decisions and submissions). */
    private Component enterpriseLink(DoneTasks.DoneTask task) {
        if (task.uscc() == null) {
            return new Span();
        }
        // a grading task opens the file on its 定级 tab; other work on the file's first tab
        String tab = GRADING_TASKS.contains(task.taskKey()) ? "?tab=gradingSection.title" : "";
        Anchor file = new Anchor(
                "ledger/" + task.uscc() + tab, task.enterpriseName() == null ? task.uscc() : task.enterpriseName());
        file.setId("done-open-" + task.taskId());
        return file;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.done");
    }
}
