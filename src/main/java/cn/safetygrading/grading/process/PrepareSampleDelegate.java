package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareSample: the inputs of the spot-check-required decision. */
@Component("prepareSampleDelegate")
public class PrepareSampleDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public PrepareSampleDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.prepareSample(execution);
    }
}
