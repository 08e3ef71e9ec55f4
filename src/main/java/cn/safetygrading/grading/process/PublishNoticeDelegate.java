package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingNotice;
import cn.safetygrading.notice.domain.Notice;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishNotice: puts the grade on the public notice list. */
@Component("publishNoticeDelegate")
public class PublishNoticeDelegate implements JavaDelegate {

    private final GradingNotice notices;

    public PublishNoticeDelegate(GradingNotice notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Notice notice = notices.publishNotice(execution.getProcessInstanceId());
        execution.setVariable("noticeGrade", notice.grade());
        execution.setVariable("noticeId", notice.id());
        execution.setVariable("noticeEndsAt", Date.from(notice.endsAt().toInstant()));
    }
}
