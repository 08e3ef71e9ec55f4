package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradeAdjustmentService;
import cn.safetygrading.grading.service.GradingRefused;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The confirmation of seed 000's four grounds (grade-adjustment, user task {@code confirmAdjustment}):
 * whether an event needs it ({@link #required}: read from the ground the message started with, so no
 * door skips it), who confirms ({@link #managers}: the managers of the enterprise's 直接监管责任部门 and of
 * the 应急管理局 of its county and city, else of those regions), and on completion that the confirmer is a
 * manager with the enterprise in scope; the confirmation or rejection is written to the enterprise file.
 */
@Component("adjustmentConfirmation")
public class AdjustmentConfirmation implements TaskListener {

    public static final String TASK = "confirmAdjustment";

    private final LedgerService ledger;
    private final Departments departments;
    private final AccountService accounts;
    private final EnterpriseFileService file;

    public AdjustmentConfirmation(
            LedgerService ledger, Departments departments, AccountService accounts, EnterpriseFileService file) {
        this.ledger = ledger;
        this.departments = departments;
        this.accounts = accounts;
        this.file = file;
    }

    /** Gateway_NeedsConfirmation: one of the four grounds that need a manager's word. */
    public boolean required(DelegateExecution execution) {
        return GradeAdjustmentService.CONFIRMED_GROUNDS.contains(String.valueOf(execution.getVariable("event")));
    }

    /** The candidate groups of confirmAdjustment. */
    public List<String> managers(DelegateExecution execution) {
        return managerGroups(execution.getProcessBusinessKey());
    }

    public List<String> managerGroups(String uscc) {
        Set<String> groups = new LinkedHashSet<>();
        departments.responsibleFor(uscc).ifPresent(d -> groups.add(Role.MANAGER.departmentGroup(d.id())));
        Optional<Enterprise> enterprise = ledger.findForProcess(uscc);
        String county = enterprise.map(Enterprise::regionCode).orElse(null);
        List<String> regions = new ArrayList<>();
        if (county != null) {
            regions.add(county);
            ledger.regionParent(county).ifPresent(regions::add);
        }
        List<Department> all = departments.all();
        for (String region : regions) {
            Optional<Department> emergency = all.stream()
                    .filter(d -> d.isEmergency() && region.equals(d.regionCode()))
                    .findFirst();
            groups.add(
                    emergency.map(d -> Role.MANAGER.departmentGroup(d.id())).orElse(Role.MANAGER.regionGroup(region)));
        }
        return new ArrayList<>(groups);
    }

    @Override
    public void notify(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task);
        }
    }

    /** The form's read-only fields, under keys of their own (the ones the apply step reads are never form fields). */
    private void created(DelegateTask task) {
        String event = (String) task.getVariable("event");
        task.setVariable("uscc", task.getExecution().getProcessBusinessKey());
        task.setVariable("eventLabel", GradeAdjustmentService.groundText(event));
        Object occurred = task.getVariable("occurredOn");
        task.setVariable("proposalOccurredOn", occurred == null ? "" : occurred.toString());
        Object raisedBy = task.getVariable("raisedBy");
        task.setVariable("proposedBy", raisedBy == null ? "system" : raisedBy.toString());
        task.setVariable("proposalNote", task.getVariable("note"));
    }

    private void completed(DelegateTask task) {
        String uscc = task.getExecution().getProcessBusinessKey();
        String userId = currentUser();
        if (userId != null) {
            Optional<Account> account = accounts.find(userId);
            boolean allowed = account.isPresent()
                    && !account.get().isEnterprise()
                    && (account.get().isAdmin()
                            || account.get().has(Role.MANAGER)
                                    && ledger.find(account.get(), uscc).isPresent());
            if (!allowed) {
                throw new GradingRefused("grading.adjustment.confirmerNotManager");
            }
        }
        boolean confirmed = Boolean.TRUE.equals(task.getVariable("adjustmentConfirmed"));
        Object note = task.getVariable("confirmationNote");
        String actor = userId != null ? userId : task.getAssignee() != null ? task.getAssignee() : "system";
        task.setVariable("confirmedBy", actor);
        String ground = GradeAdjustmentService.groundText((String) task.getVariable("event"));
        file.record(
                uscc,
                confirmed ? "ADJUSTMENT_CONFIRMED" : "ADJUSTMENT_NOT_CONFIRMED",
                actor,
                GradeAdjustmentService.text(
                        confirmed ? "grading.adjustment.confirmed" : "grading.adjustment.notConfirmed",
                        ground,
                        note == null ? "" : note),
                null,
                "adjustment-confirmation:" + task.getProcessInstanceId());
    }

    private static String currentUser() {
        if (Context.getCommandContext() != null) {
            Authentication auth = Context.getCommandContext().getAuthentication();
            if (auth != null && auth.getUserId() != null) {
                return auth.getUserId();
            }
        }
        return null;
    }
}
