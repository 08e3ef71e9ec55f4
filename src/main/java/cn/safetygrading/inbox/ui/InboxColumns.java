package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.inbox.service.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox grid's columns: which a phone and a 1366 px window do without, the due date as a badge, and
 * 签收/退回/办理 per row (the view does the acting).
 */
class InboxColumns {

    private final InboxView view;
    private final Grid<InboxTask> grid;
    private final Clock clock;
    /** The columns a phone does without (the task, enterprise, due date and actions stay). */
    private final List<Grid.Column<InboxTask>> secondary = new ArrayList<>();
    /** The columns a window below {@link InboxView#WIDE_PX} does without, so the rest fit at 1366 px. */
    private final List<Grid.Column<InboxTask>> tertiary = new ArrayList<>();

    final Grid.Column<InboxTask> dueColumn;
    final Grid.Column<InboxTask> actionsColumn;

    InboxColumns(InboxView view, Grid<InboxTask> grid, Clock clock) {
        this.view = view;
        this.grid = grid;
        this.clock = clock;
        // at 1366 px every column fits: long texts wrap in their cell instead of pushing the due date and
        // 办理 off-screen, and those two stay frozen at the right edge whatever the width
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> t("task." + row.taskKey()))
                .setHeader(t("inbox.task"))
                .setWidth("5.5em")
                .setFlexGrow(1)
                .setSortProperty(InboxTask.Sort.TASK.name());
        grid.addColumn(InboxTask::enterpriseName)
                .setHeader(t("ledger.name"))
                .setFlexGrow(3)
                .setWidth("10em")
                .setResizable(true)
                .setTooltipGenerator(InboxTask::enterpriseName)
                .setSortProperty(InboxTask.Sort.ENTERPRISE.name());
        secondary.add(grid.addColumn(InboxTask::uscc)
                .setHeader(t("ledger.uscc"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortProperty(InboxTask.Sort.USCC.name()));
        secondary.add(grid.addColumn(InboxTask::regionName)
                .setHeader(t("ledger.region"))
                .setWidth("5em")
                .setFlexGrow(1)
                .setSortProperty(InboxTask.Sort.REGION.name()));
        secondary.add(grid.addColumn(row -> row.enterpriseClass() == null ? "" : t("class." + row.enterpriseClass()))
                .setHeader(t("ledger.class"))
                .setWidth("5em")
                .setFlexGrow(0)
                .setSortProperty(InboxTask.Sort.CLASS.name()));
        secondary.add(grid.addColumn(row -> (row.grade() == null ? "—" : row.grade())
                        + (row.proposedGrade() == null ? "" : " → " + row.proposedGrade()))
                .setHeader(t("inbox.gradeProposed"))
                .setWidth("6em")
                .setFlexGrow(0));
        tertiary.add(grid.addColumn(InboxTask::campaignName)
                .setHeader(t("inbox.campaign"))
                .setWidth("8em")
                .setFlexGrow(2)
                .setResizable(true));
        tertiary.add(grid.addColumn(row -> Formats.dateTime(row.created()))
                .setHeader(t("inbox.created"))
                .setWidth("7.5em")
                .setFlexGrow(0)
                .setSortProperty(InboxTask.Sort.CREATED.name()));
        secondary.add(grid.addColumn(InboxTask::assignee)
                .setHeader(t("inbox.assignee"))
                .setWidth("6em")
                .setFlexGrow(1)
                .setSortProperty(InboxTask.Sort.ASSIGNEE.name()));
        dueColumn = grid.addComponentColumn(this::due)
                .setHeader(t("inbox.due"))
                .setWidth("7em")
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setSortProperty(InboxTask.Sort.DUE.name());
        actionsColumn = grid.addComponentColumn(this::actions)
                .setHeader(t("inbox.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
    }

    /** A phone shows the task, enterprise, due date and actions; below {@link InboxView#WIDE_PX} two more go. */
    void show(boolean narrow, boolean wide) {
        secondary.forEach(c -> c.setVisible(!narrow));
        tertiary.forEach(c -> c.setVisible(!narrow && wide));
        // on a phone only 办理 stays frozen at the right: the other columns scroll beneath it
        dueColumn.setFrozenToEnd(!narrow);
        actionsColumn.setFrozenToEnd(true);
        // the width measured for 签收 + 办理 stayed when only 办理 was left, and covered the due date at 390 px
        actionsColumn.setAutoWidth(!narrow);
        if (narrow) {
            actionsColumn.setWidth(NARROW_ACTIONS);
        }
        grid.recalculateColumnWidths();
    }

    /** The actions column on a phone: just 办理. */
    static final String NARROW_ACTIONS = "5.5em";

    private Component due(InboxTask task) {
        Span due = new Span(Formats.dateTime(task.due()));
        if (task.overdue()) {
            due.setText(due.getText() + " " + t("inbox.overdue"));
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
        if (view.narrow) {
            // a phone: 办理 only; the task page claims and unclaims
        } else if (task.assignee() == null) {
            Button claim = new Button(t("inbox.claim"), e -> view.claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (task.assignee().equals(view.userId())) {
            Button unclaim = new Button(t("inbox.unclaim"), e -> view.unclaim(task));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        Button open = new Button(t("inbox.open"), e -> view.open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private String t(String key) {
        return grid.getTranslation(key);
    }
}
