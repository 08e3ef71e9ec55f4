package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSample: records whether and why the case was sampled. */
@Component("recordSampleDelegate")
public class RecordSampleDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public RecordSampleDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.recordSample(execution);
    }
}
