package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingNotice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DismissObjection: the notice continues. */
@Component("dismissObjectionDelegate")
public class DismissObjectionDelegate implements JavaDelegate {

    private final GradingNotice notices;

    public DismissObjectionDelegate(GradingNotice notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.dismissObjection(execution.getProcessInstanceId());
    }
}
