package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendReminder: reminds the enterprise before the self-assessment deadline. */
@Component("remindSelfAssessmentDelegate")
public class RemindSelfAssessmentDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public RemindSelfAssessmentDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.remind(Steps.ref(execution));
    }
}
