package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WithdrawNotice: an upheld objection withdraws the notice. */
@Component("withdrawNoticeDelegate")
public class WithdrawNoticeDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public WithdrawNoticeDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.withdrawNotice(execution);
    }
}
