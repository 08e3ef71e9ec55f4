package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.InspectionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing an inspection task: the record, the rectification report or the re-check is checked and kept. */
@Component("inspectionTaskListener")
public class InspectionTaskListener implements TaskListener {

    private final InspectionService inspections;

    public InspectionTaskListener(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            task.setVariables(inspections.taskCompleted(Submissions.of(task, InspectionService.INPUTS)));
        }
    }
}
