package cn.safetygrading.grading.service;

import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finds the enterprise's open selfAssessment task (the only one it may read or touch) and the checklist its case
 * is scored against. Used by {@link SelfAssessmentService} and {@link SelfAssessmentEvidence}.
 */
@Component
class SelfAssessmentTasks {

    private final TaskService tasks;
    private final GradingCaseMapper cases;

    SelfAssessmentTasks(TaskService tasks, GradingCaseMapper cases) {
        this.tasks = tasks;
        this.cases = cases;
    }

    /** The open self-assessment of the account's enterprise; empty for anyone else. */
    Optional<Task> open(Account account) {
        if (!account.has(Role.ENTERPRISE) || account.uscc() == null) {
            return Optional.empty();
        }
        return tasks
                .createTaskQuery()
                .active()
                .taskDefinitionKey(GradingStep.selfAssessment.code())
                .processInstanceBusinessKey(account.uscc())
                .listPage(0, 1)
                .stream()
                .findFirst();
    }

    /** The task if it is the open self-assessment of the account's enterprise; refused otherwise. */
    Task requireOwn(Account account, String taskId) {
        return open(account)
                .filter(t -> t.getId().equals(taskId))
                .orElseThrow(() -> new AccessDeniedException("not your enterprise's open self-assessment"));
    }

    /** The case's checklist (the one the submission is scored against), not the display variable when there is a case. */
    String checklistId(Task task) {
        return cases.byProcessInstance(task.getProcessInstanceId())
                .map(c -> c.checklistId())
                .orElseGet(() -> (String) tasks.getVariable(task.getId(), "checklistId"));
    }
}
