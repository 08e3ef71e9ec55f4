package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishNotice: puts the grade on the public notice list. */
@Component("publishNoticeDelegate")
public class PublishNoticeDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public PublishNoticeDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.publishNotice(execution);
    }
}
