package cn.safetygrading.grading.process;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.service.WatchPeriodService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartWatchPeriod: starts or restarts the enterprise's watch period. */
@Component("startWatchPeriodDelegate")
public class StartWatchPeriodDelegate implements JavaDelegate {

    private final WatchPeriodService watch;
    private final Translations texts;

    public StartWatchPeriodDelegate(Translations texts, WatchPeriodService watch) {
        this.texts = texts;
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object event = execution.getVariable("event");
        String reason = event != null
                ? texts.zh("grading.text.watchReason.event", event)
                : texts.zh("grading.text.watchReason.lowered", execution.getVariable("finalGrade"));
        watch.startOrRestart(execution.getProcessBusinessKey(), reason);
    }
}
