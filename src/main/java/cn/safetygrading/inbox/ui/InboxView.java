package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 待办: the official's tasks and their groups' tasks, overdue first by due date. */
@Route("inbox")
@Menu(order = 1, icon = "vaadin:inbox", title = "nav.inbox")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REVIEWER_NAME, Role.EXPERT_NAME, Role.SUPERVISOR_NAME,
        Role.INSPECTOR_NAME})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    final Span summary = new Span();

    public InboxView(InboxService inbox, CurrentAccount current) {
        Account account = current.require();
        setSizeFull();
        grid.setId("inbox-grid");
        grid.addColumn(InboxTask::taskName).setHeader(getTranslation("inbox.task")).setAutoWidth(true);
        grid.addColumn(InboxTask::enterpriseName).setHeader(getTranslation("ledger.name")).setFlexGrow(2);
        grid.addColumn(InboxTask::uscc).setHeader(getTranslation("ledger.uscc")).setAutoWidth(true);
        grid.addColumn(InboxTask::regionName).setHeader(getTranslation("ledger.region")).setAutoWidth(true);
        grid.addColumn(InboxTask::enterpriseClass).setHeader(getTranslation("ledger.class")).setAutoWidth(true);
        grid.addColumn(InboxTask::grade).setHeader(getTranslation("ledger.grade")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.created())).setHeader(getTranslation("inbox.created")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.due()) + (t.overdue() ? " " + getTranslation("inbox.overdue") : ""))
                .setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        grid.addColumn(InboxTask::assignee).setHeader(getTranslation("inbox.assignee")).setAutoWidth(true);
        grid.setItems(q -> inbox.page(account, q.getOffset(), q.getLimit()).stream(), q -> (int) inbox.count(account));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        long overdue = inbox.overdueCount(account);
        summary.setText(getTranslation("inbox.summary", inbox.count(account), overdue));
        add(new H2(getTranslation("nav.inbox")), summary, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox");
    }
}
