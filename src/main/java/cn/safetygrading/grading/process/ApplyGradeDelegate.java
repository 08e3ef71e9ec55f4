package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyGrade: the final grade into the ledger and the enterprise file. */
@Component("applyGradeDelegate")
public class ApplyGradeDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public ApplyGradeDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.applyGrade(execution);
    }
}
