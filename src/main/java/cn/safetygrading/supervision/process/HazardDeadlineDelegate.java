package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.HazardService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DeadlinePassed: the hazard's deadline passed unrectified; marks it overdue once and raises PROMINENT_HAZARDS. */
@Component("hazardDeadlineDelegate")
public class HazardDeadlineDelegate implements JavaDelegate {

    private final HazardService hazards;

    public HazardDeadlineDelegate(HazardService hazards) {
        this.hazards = hazards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HazardService.Overdue overdue = hazards.deadlinePassed(execution.getProcessInstanceId());
        execution.setVariable("hazardMajor", overdue.major());
        execution.setVariable("escalate", overdue.escalate());
    }
}
