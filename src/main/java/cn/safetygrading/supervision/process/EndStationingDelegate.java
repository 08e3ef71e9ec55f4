package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.StationingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndAssignment: the grade no longer calls for this stationing (or a manager chose against it); it ends. */
@Component("endStationingDelegate")
public class EndStationingDelegate implements JavaDelegate {

    private final StationingService stationing;

    public EndStationingDelegate(StationingService stationing) {
        this.stationing = stationing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        stationing.ended(
                (String) execution.getVariable("assignmentId"),
                execution.getProcessBusinessKey(),
                "CHOICE".equals(execution.getVariable("endedBy")));
    }
}
