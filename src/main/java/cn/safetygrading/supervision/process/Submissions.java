package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.domain.TaskSubmission;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reading a supervision task once for its service: ids, assignee and the variables the service names. */
final class Submissions {

    private Submissions() {}

    static TaskSubmission of(DelegateTask task, List<String> inputs) {
        return new TaskSubmission(
                task.getId(),
                task.getProcessInstanceId(),
                task.getTaskDefinitionKey(),
                task.getAssignee(),
                TaskSubmission.read(inputs, task::getVariable));
    }
}
