package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.WatchPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartWatchPeriod: starts or restarts the enterprise's watch period. */
@Component("startWatchPeriodDelegate")
public class StartWatchPeriodDelegate implements JavaDelegate {

    private final WatchPeriodService watch;

    public StartWatchPeriodDelegate(WatchPeriodService watch) {
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object event = execution.getVariable("event");
        String reason = event != null ? "等级调整：" + event : "定级降为 " + execution.getVariable("finalGrade") + " 级";
        watch.startOrRestart(execution.getProcessBusinessKey(), reason);
    }
}
