package cn.safetygrading.dashboard.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.notification.service.TaskNotifier;
import cn.safetygrading.notification.ui.UrgeDialog;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;

/**
 * The list behind a dashboard figure, in a dialog: the enterprises (each a link to its file) or the tasks
 * (each a link to the task), read lazily with the same scope and filter as the figure itself.
 */
public class DrillDown extends Dialog {

    final Grid<Enterprise> enterprises = new Grid<>();
    final Grid<InboxTask> tasks = new Grid<>();
    /** 催办 every task of the list (managers only; absent otherwise). */
    Button urge;

    private DrillDown(String title) {
        setHeaderTitle(title);
        setWidth("min(64rem, 96vw)");
        setHeight("min(40rem, 90vh)");
        setResizable(true);
        Button close = new Button(getTranslation("dashboard.drill.close"), e -> close());
        close.setId("drill-close");
        getFooter().add(close);
    }

    /** The enterprises in the official's scope matching the filter. */
    public static DrillDown enterprises(String title, LedgerService ledger, Account account, EnterpriseFilter filter) {
        DrillDown dialog = new DrillDown(title);
        Grid<Enterprise> grid = dialog.enterprises;
        grid.setId("drill-enterprises");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(e -> new Anchor("ledger/" + e.uscc(), e.name()))
                .setHeader(dialog.getTranslation("dashboard.drill.enterprise"))
                .setKey("name")
                .setFlexGrow(3);
        grid.addColumn(Enterprise::uscc).setHeader("USCC").setAutoWidth(true);
        grid.addColumn(Enterprise::regionName)
                .setHeader(dialog.getTranslation("ledger.region"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.enterpriseClass() == null ? "" : dialog.getTranslation("class." + e.enterpriseClass()))
                .setHeader(dialog.getTranslation("ledger.class"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.grade() == null ? "" : e.grade())
                .setHeader(dialog.getTranslation("ledger.grade"))
                .setAutoWidth(true);
        grid.setItems(q -> ledger.page(account, filter, "name", false, q.getOffset(), q.getLimit()).stream(), q ->
                (int) ledger.count(account, filter));
        grid.setSizeFull();
        dialog.add(grid);
        return dialog;
    }

    /**
     * The open tasks in the official's scope matching the filter (overdue ones, those of one type, ...). With a
     * notifier (a manager's dashboard) the footer offers 催办 of all of them: the same scoped query gives the
     * task ids, at most {@link TaskNotifier#MAX_URGED}.
     */
    public static DrillDown tasks(
            String title, InboxQueries inbox, Account account, InboxFilter filter, TaskNotifier notifier) {
        DrillDown dialog = new DrillDown(title);
        Grid<InboxTask> grid = dialog.tasks;
        grid.setId("drill-tasks");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(t -> new Anchor("tasks/" + t.taskId(), t.taskName()))
                .setHeader(dialog.getTranslation("dashboard.drill.task"))
                .setKey("task")
                .setAutoWidth(true);
        grid.addComponentColumn(
                        t -> t.uscc() == null ? new Anchor() : new Anchor("ledger/" + t.uscc(), t.enterpriseName()))
                .setHeader(dialog.getTranslation("dashboard.drill.enterprise"))
                .setFlexGrow(3);
        grid.addColumn(InboxTask::regionName)
                .setHeader(dialog.getTranslation("ledger.region"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.due() == null ? "" : Formats.date(t.due()))
                .setHeader(dialog.getTranslation("dashboard.drill.due"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? dialog.getTranslation("dashboard.unclaimed") : t.assignee())
                .setHeader(dialog.getTranslation("inbox.assignee"))
                .setAutoWidth(true);
        grid.setItems(q -> inbox.page(account, filter, q.getOffset(), q.getLimit()).stream(), q ->
                (int) inbox.count(account, filter));
        grid.setSizeFull();
        dialog.add(grid);
        if (notifier != null) {
            long count = inbox.count(account, filter);
            dialog.urge = new Button(
                    dialog.getTranslation("notification.urge.all", count),
                    e -> new UrgeDialog(
                                    notifier,
                                    account.userId(),
                                    inbox.page(account, filter, 0, TaskNotifier.MAX_URGED).stream()
                                            .map(InboxTask::taskId)
                                            .toList())
                            .open());
            dialog.urge.setId("drill-urge");
            dialog.urge.setEnabled(count > 0);
            dialog.getFooter().addComponentAsFirst(dialog.urge);
        }
        return dialog;
    }
}
