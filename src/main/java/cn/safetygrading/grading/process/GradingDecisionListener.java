package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At the end of the diagnosis-grade business rule tasks: their result into the case, in the same transaction. */
@Component("gradingDecisionListener")
public class GradingDecisionListener implements ExecutionListener {

    private final GradingCaseService cases;

    public GradingDecisionListener(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.decisionTaken(
                execution.getProcessInstanceId(),
                execution.getCurrentActivityId(),
                Steps.text(execution, "diagnosedGrade"),
                Steps.text(execution, "proposedGrade"));
    }
}
