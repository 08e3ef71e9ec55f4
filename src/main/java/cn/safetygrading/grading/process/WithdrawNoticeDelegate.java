package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingNotice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WithdrawNotice: an upheld objection withdraws the notice. */
@Component("withdrawNoticeDelegate")
public class WithdrawNoticeDelegate implements JavaDelegate {

    private final GradingNotice notices;

    public WithdrawNoticeDelegate(GradingNotice notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.withdrawNotice(execution.getProcessInstanceId());
        execution.removeVariable("verifiedGrade");
    }
}
