package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareCase: opens the grading case. */
@Component("prepareCaseDelegate")
public class PrepareCaseDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public PrepareCaseDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.prepare(execution);
    }
}
