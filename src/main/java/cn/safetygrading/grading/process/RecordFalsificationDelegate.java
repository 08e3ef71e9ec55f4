package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordFalsification: records the finding and raises the county's ratio. */
@Component("recordFalsificationDelegate")
public class RecordFalsificationDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public RecordFalsificationDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.recordFalsification(execution);
    }
}
