package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.WatchPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartRegrading (watch-period): a new grading-cycle at the end of the watch. */
@Component("startRegradingDelegate")
public class StartRegradingDelegate implements JavaDelegate {

    private final WatchPeriodService watch;

    public StartRegradingDelegate(WatchPeriodService watch) {
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        watch.startRegrading(Steps.ref(execution));
    }
}
