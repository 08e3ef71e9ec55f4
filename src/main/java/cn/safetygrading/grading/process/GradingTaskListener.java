package cn.safetygrading.grading.process;

import cn.safetygrading.base.engine.TaskRaceLost;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.service.GradingTasks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every grading user task: tracks the case's step on create, re-checks and records the form on complete. */
@Component("gradingTaskListener")
public class GradingTaskListener implements TaskListener {

    private final GradingTasks tasks;

    public GradingTaskListener(GradingTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void notify(DelegateTask task) {
        if ("lookBack".equals(task.getTaskDefinitionKey())) {
            return; // the campaign's look-back task: nothing of a grading case to track
        }
        if (task.getEventName() == null) {
            // a second completion racing the first: the engine hands the listener a task whose event is
            // already over (it was a NullPointerException on the switch); the loser is told the task ended
            throw new TaskRaceLost(TaskRaceLost.Kind.GONE, null, null);
        }
        GradingStep step = GradingStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(
                        () -> new IllegalStateException("no grading step for task " + task.getTaskDefinitionKey()));
        switch (task.getEventName()) {
            case EVENTNAME_CREATE ->
                tasks.taskCreated(task.getProcessInstanceId(), step).forEach(task::removeVariable);
            case EVENTNAME_COMPLETE -> task.setVariables(tasks.taskCompleted(submission(task, step)));
            default -> {}
        }
    }

    /** The task's own outputs, read once. */
    private static GradingTasks.TaskSubmission submission(DelegateTask task, GradingStep step) {
        Map<String, Object> values = new HashMap<>();
        GradingTasks.INPUTS.forEach(name -> values.put(name, task.getVariable(name)));
        return new GradingTasks.TaskSubmission(
                task.getId(), task.getProcessInstanceId(), step, task.getAssignee(), values);
    }
}
