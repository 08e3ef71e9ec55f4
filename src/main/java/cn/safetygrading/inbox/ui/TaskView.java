package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.ui.CamundaFormView;
import cn.safetygrading.grading.service.GradingQueries;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.grading.ui.DiagnosisChecklist;
import cn.safetygrading.grading.ui.GradingTaskParts;
import cn.safetygrading.inbox.service.CaseFiles;
import cn.safetygrading.inbox.service.FormRepository;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * {@code /tasks/{taskId}}: one task's Camunda Form rendered natively, beside the enterprise's file,
 * the earlier rounds of the case, the accidents and adjustments on record, and the decisions that
 * proposed the grade with their inputs.
 */
@Route("tasks/:taskId")
@RolesAllowed({
    Role.ADMIN_NAME,
    Role.MANAGER_NAME,
    Role.REVIEWER_NAME,
    Role.EXPERT_NAME,
    Role.SUPERVISOR_NAME,
    Role.INSPECTOR_NAME
})
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InboxService inbox;
    private final CaseFiles caseFiles;
    private final FormRepository forms;
    private final LedgerService ledger;
    private final GradingQueries gradings;
    private final SelfAssessmentService selfAssessments;
    private final Account account;
    private final GradingTaskParts parts;
    private String title = "";
    /** 部门诊断定级: the checklist whose answers the completion carries as checklistAnswers (issue #14). */
    DiagnosisChecklist diagnosis;

    CamundaFormView form;
    CaseNotes notes;
    Button delegate;
    Dialog delegation;
    private String delegatedBy;
    Button complete;
    ChecklistReviewPanel checklist;

    public TaskView(
            InboxService inbox,
            CaseFiles caseFiles,
            FormRepository forms,
            LedgerService ledger,
            GradingQueries gradings,
            SelfAssessmentService selfAssessments,
            CurrentAccount current,
            GradingTaskParts parts) {
        this.parts = parts;
        this.inbox = inbox;
        this.caseFiles = caseFiles;
        this.forms = forms;
        this.ledger = ledger;
        this.gradings = gradings;
        this.selfAssessments = selfAssessments;
        this.account = current.require();
        setSizeFull();
        WidthWatcher.watch(this, this::applyNarrow);
    }

    /** The form and the case side by side, or, on a phone, one above the other in one column. */
    private Component formPane;

    private Component contextPane;
    SplitLayout split;
    VerticalLayout stacked;
    boolean narrow;

    void applyNarrow(boolean narrow) {
        if (narrow == this.narrow && (split != null || stacked != null)) {
            // already laid out so: re-adding the same panes made the browser draw the whole page twice
            return;
        }
        this.narrow = narrow;
        arrange();
    }

    private void arrange() {
        if (formPane == null) {
            return;
        }
        if (split != null) {
            remove(split);
            split = null;
        }
        if (stacked != null) {
            remove(stacked);
            stacked = null;
        }
        if (narrow) {
            stacked = new VerticalLayout(formPane, contextPane);
            stacked.setPadding(false);
            stacked.setId("task-stacked");
            setHeight(null);
            add(stacked);
        } else {
            split = new SplitLayout(formPane, contextPane);
            split.setSizeFull();
            split.setSplitterPosition(55);
            setHeightFull();
            add(split);
            expand(split);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        InboxTask task = inbox.find(account, taskId).orElseThrow(NotFoundException::new);
        title = getTranslation("task." + task.taskKey())
                + (task.enterpriseName() == null ? "" : " · " + task.enterpriseName());
        removeAll();
        add(header(task));
        split = null;
        stacked = null;
        formPane = formArea(task);
        TaskCasePane casePane = new TaskCasePane(
                account, task, inbox.processInstanceId(account, task.taskId()), caseFiles, gradings, ledger);
        notes = casePane.notes;
        contextPane = casePane;
        arrange();
    }

    private Component header(InboxTask task) {
        H2 name = new H2(title);
        Span due = new Span(
                task.due() == null
                        ? ""
                        : getTranslation("inbox.due") + " " + Formats.dateTime(task.due())
                                + (task.overdue() ? " " + getTranslation("inbox.overdue") : ""));
        if (task.overdue()) {
            due.getElement().getThemeList().add("badge error");
        }
        Span holder = new Span(
                task.assignee() == null
                        ? getTranslation("taskPage.unclaimed")
                        : getTranslation("taskPage.claimedBy", task.assignee()));
        holder.setId("task-holder");
        HorizontalLayout header = new HorizontalLayout(name, due, holder);
        delegatedBy = inbox.delegatedBy(account, task.taskId()).orElse(null);
        if (delegatedBy != null) {
            Span delegated = new Span(getTranslation("taskPage.delegatedBy", delegatedBy));
            delegated.getElement().getThemeList().add("badge contrast");
            header.add(delegated);
        } else if (task.assignee() == null) {
            Button claim =
                    new Button(getTranslation("inbox.claim"), e -> act(() -> inbox.claim(account, task.taskId())));
            header.add(claim);
        } else if (task.assignee().equals(account.userId())) {
            header.add(new Button(
                    getTranslation("inbox.unclaim"), e -> act(() -> inbox.unclaim(account, task.taskId()))));
        }
        if (delegatedBy == null && (task.assignee() == null || task.assignee().equals(account.userId()))) {
            delegate = new Button(getTranslation("taskPage.delegate"), e -> openDelegation(task));
            delegate.setId("delegate-task");
            header.add(delegate);
        }
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.getStyle().set("flex-wrap", "wrap");
        return header;
    }

    private Component formArea(InboxTask task) {
        VerticalLayout area = new VerticalLayout();
        String formKey = inbox.formKey(account, task.taskId()).orElse(null);
        if (formKey == null) {
            area.add(new Paragraph(getTranslation("taskPage.noForm")));
            return area;
        }
        InboxService.FormVariables read = inbox.formVariables(account, task.taskId());
        Map<String, Object> variables = new java.util.HashMap<>(read.values());
        variables.putIfAbsent("uscc", task.uscc());
        if (!read.unreadable().isEmpty()) {
            Paragraph skipped = new Paragraph(getTranslation(
                    "taskPage.variableUnreadable", read.unreadable().size(), String.join("、", read.unreadable())));
            skipped.setId("task-unreadable");
            area.add(skipped);
        }
        form = new CamundaFormView(forms.get(formKey), variables);
        form.setId("task-form");
        complete = new Button(
                getTranslation(delegatedBy == null ? "taskPage.complete" : "taskPage.resolve"), e -> complete(task));
        complete.setId("complete-task");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        String pid = inbox.processInstanceId(account, task.taskId());
        diagnosis = parts.diagnosis(task.taskKey(), pid).orElse(null);
        if (diagnosis != null) {
            area.add(diagnosis);
        }
        area.add(form, complete);
        parts.lookBack(account, task.taskKey(), task.taskId()).ifPresent(area::add);
        checklist = ChecklistReviews.panel(selfAssessments, account, task.taskKey(), pid, form)
                .orElse(null);
        if (checklist != null) {
            area.add(checklist);
        }
        return area;
    }

    /** The refusal shown for the last attempt to complete, if any. */
    Notification problem;

    void complete(InboxTask task) {
        // a refusal of an earlier attempt goes away when the person tries again
        if (problem != null) {
            problem.close();
            problem = null;
        }
        List<FieldError> errors = form.validate();
        if (!errors.isEmpty()) {
            problem = Feedback.error(getTranslation("taskPage.invalid", errors.size()));
            return;
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>(form.values());
        if (diagnosis != null) {
            if (diagnosis.output().isEmpty()) {
                Feedback.error(getTranslation("diagnosis.incomplete", diagnosis.unanswered()));
                return;
            }
            values.put("checklistAnswers", diagnosis.output().get());
        }
        try {
            if (delegatedBy != null) {
                inbox.resolve(account, task.taskId(), values, form.files());
            } else {
                inbox.complete(account, task.taskId(), values, form.files());
            }
            Feedback.success(getTranslation(delegatedBy == null ? "taskPage.completed" : "taskPage.resolved"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (Refused refused) {
            // the form's rules, the task's outputs or the process's own checks refused it: their sentence only
            problem = Feedback.refused(refused);
            if (refused.messageKey().startsWith("task.race.")) {
                // someone else claimed or ended it first: show the inbox as it is now
                getUI().ifPresent(ui -> ui.navigate(InboxView.class));
            }
        }
    }

    /** Hands the task to a colleague of its candidate groups, who works it and gives it back. */
    void openDelegation(InboxTask task) {
        delegation = new DelegationDialog(inbox, caseFiles, account, task, this::act);
        delegation.open();
    }

    /** Runs an action on the task; a refusal is said, and the page shows the task as it is now either way. */
    private void act(Runnable action) {
        Feedback.attempt(action, null, null);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
