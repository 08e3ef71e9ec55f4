package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.GridDuties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_*_Escalate: an overdue duty (its task id in {@code dutyTaskId}) goes to the grid head, then one level up. */
@Component("escalateDutyDelegate")
public class EscalateDutyDelegate implements JavaDelegate {

    private final GridDuties duties;

    public EscalateDutyDelegate(GridDuties duties) {
        this.duties = duties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        duties.escalate((String) execution.getVariable("dutyTaskId"));
    }
}
