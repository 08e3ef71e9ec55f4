package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordMissedDeadline: the deadline passed; the county diagnoses instead. */
@Component("recordMissedDeadlineDelegate")
public class RecordMissedDeadlineDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public RecordMissedDeadlineDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.recordMissedDeadline(Steps.ref(execution));
    }
}
