package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingStart;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareCase: opens the grading case. */
@Component("prepareCaseDelegate")
public class PrepareCaseDelegate implements JavaDelegate {

    private final GradingStart start;

    public PrepareCaseDelegate(GradingStart start) {
        this.start = start;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(start.prepare(new GradingStart.CaseStart(
                execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(),
                execution.getVariable("uscc"),
                execution.getVariable("campaignId"),
                execution.getVariable("trigger"),
                execution.getVariable("noticePeriod"),
                execution.getVariable("spotCheckRatio"),
                execution.getVariable("gradingRequestId"))));
    }
}
