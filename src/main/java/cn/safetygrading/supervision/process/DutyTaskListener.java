package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.GridDuties;
import cn.safetygrading.supervision.service.GridDuties.DutyCreated;
import cn.safetygrading.supervision.service.GridDuties.DutyDone;
import cn.safetygrading.supervision.service.SupervisionProblemService;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * On every duty of supervision-duties: on create its record (title, period, due) and the duty's own
 * variables reset; on complete the supervisor's note, and the consultation answered or the problem
 * registered with it. Reads the task's variables once and calls {@link GridDuties} with plain values.
 */
@Component("dutyTaskListener")
public class DutyTaskListener implements TaskListener {

    private final GridDuties duties;
    private final SupervisionProblemService problems;

    public DutyTaskListener(GridDuties duties, SupervisionProblemService problems) {
        this.duties = duties;
        this.problems = problems;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task);
        }
    }

    private void created(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String title = task.getName();
        if ("adHocDuty".equals(key)) {
            title = text(task, "adHocTitle");
            task.setName(task.getName() + "：" + title);
        } else if (GridDuties.CONSULTATION.equals(key)) {
            title = text(task, "question");
        }
        duties.created(new DutyCreated(
                task.getId(),
                text(task, "uscc"),
                key,
                text(task, "supervisor"),
                text(task, "gridRegionCode"),
                title,
                task.getDueDate().toInstant()));
        // the escalation of this duty runs beside the task, in the duty's own subprocess: it finds the task here
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        ExecutionEntity scope = execution.getParent() != null ? execution.getParent() : execution;
        scope.setVariableLocal("dutyTaskId", task.getId());
        scope.setVariableLocal("dutyTitle", title);
        // the completion's values stay with this duty: the next period's duty starts with an empty form
        for (String name : List.of("dutyNote", "problemKind", "problemText", "consultationAnswer")) {
            scope.setVariableLocal(name, null);
        }
    }

    private void completed(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        String actor = task.getAssignee() == null ? text(task, "supervisor") : task.getAssignee();
        DutyDone done = new DutyDone(
                task.getId(),
                text(task, "uscc"),
                key,
                task.getName(),
                actor,
                text(task, GridDuties.CONSULTATION.equals(key) ? "consultationAnswer" : "dutyNote"),
                text(task, "problemKind"),
                text(task, "problemText"));
        String note = duties.done(done);
        if (GridDuties.CONSULTATION.equals(key)) {
            problems.answered(text(task, "consultationId"), note, actor);
        }
        if (done.reportsProblem()) {
            problems.openFromDuty(
                    done.uscc(),
                    actor,
                    task.getId(),
                    text(task, "gridRegionCode"),
                    text(task, "supervisor"),
                    done.problemKind(),
                    done.problemText());
        }
    }

    private static String text(DelegateTask task, String name) {
        return Objects.toString(task.getVariable(name), null);
    }
}
