package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.HazardService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing a hazard-rectification task: the rectification or the verification is recorded and checked. */
@Component("hazardTaskListener")
public class HazardTaskListener implements TaskListener {

    private final HazardService hazards;

    public HazardTaskListener(HazardService hazards) {
        this.hazards = hazards;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            hazards.taskCompleted(Submissions.of(task, HazardService.INPUTS));
        }
    }
}
