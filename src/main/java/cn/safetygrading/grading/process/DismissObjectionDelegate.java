package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DismissObjection: the notice continues. */
@Component("dismissObjectionDelegate")
public class DismissObjectionDelegate implements JavaDelegate {

    private final GradingCaseService cases;

    public DismissObjectionDelegate(GradingCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.dismissObjection(execution);
    }
}
