package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.SupervisionGridService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_*_Escalate: an overdue duty goes to the grid head, then one level up. */
@Component("escalateDutyDelegate")
public class EscalateDutyDelegate implements JavaDelegate {

    private final SupervisionGridService grid;

    public EscalateDutyDelegate(SupervisionGridService grid) {
        this.grid = grid;
    }

    @Override
    public void execute(DelegateExecution execution) {
        grid.escalate(execution);
    }
}
