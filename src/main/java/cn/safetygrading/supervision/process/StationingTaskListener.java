package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.StationingService;
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
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            stationing.taskCompleted(task);
        }
    }
}
