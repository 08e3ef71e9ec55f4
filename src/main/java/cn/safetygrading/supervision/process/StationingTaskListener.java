package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.StationingService;
import cn.safetygrading.supervision.service.StationingService.TaskDone;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing a stationed-supervision task: the assignment or the report is checked and kept. */
@Component("stationingTaskListener")
public class StationingTaskListener implements TaskListener {

    private final StationingService stationing;

    public StationingTaskListener(StationingService stationing) {
        this.stationing = stationing;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        TaskDone done = new TaskDone(
                task.getId(),
                task.getTaskDefinitionKey(),
                text(task, "assignmentId"),
                text(task, "uscc"),
                task.getAssignee() == null ? "system" : task.getAssignee(),
                text(task, "stationedOfficials"),
                text(task, "location"),
                text(task, "startsOn"),
                text(task, "reportSummary"),
                text(task, "reportIssues"));
        stationing.taskCompleted(done).ifPresent(officials -> task.setVariable("stationedOfficials", officials));
    }

    private static String text(DelegateTask task, String name) {
        return Objects.toString(task.getVariable(name), null);
    }
}
