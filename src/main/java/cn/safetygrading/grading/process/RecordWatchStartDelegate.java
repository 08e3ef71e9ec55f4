package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.WatchPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordWatchStart (watch-period). */
@Component("recordWatchStartDelegate")
public class RecordWatchStartDelegate implements JavaDelegate {

    private final WatchPeriodService watch;

    public RecordWatchStartDelegate(WatchPeriodService watch) {
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requested = Steps.text(execution, "watchPeriod");
        WatchPeriodService.WatchStart start =
                watch.recordStart(Steps.ref(execution), requested, execution.getVariable("watchReason"));
        if (!start.period().equals(requested)) {
            execution.setVariable("watchPeriod", start.period());
        }
        execution.setVariable("watchEndsAt", start.endsAt());
    }
}
