package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.grading.service.WatchPeriodService;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** watch-period: a year of attention, then a regrading; never two at once. */
class WatchPeriodProcessTest extends ProcessTestSupport {

    private final String uscc = demo("威海顺达冷链物流有限公司").uscc();

    @Autowired
    WatchPeriodService watch;

    @Test
    void atItsEndTheEnterpriseIsGradedAgain() {
        reset(uscc, "C");
        ProcessInstance pi = runtime.startProcessInstanceByKey("watch-period", uscc, Map.of("uscc", uscc));
        assertThat(pi).isWaitingAt("Timer_WatchPeriod").variables().containsEntry("watchPeriod", "P1Y");
        advance(364, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("Timer_WatchPeriod");
        advance(2, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().hasPassed("Task_StartRegrading");
        ProcessInstance regrading = runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(uscc)
                .singleResult();
        assertThat(regrading).isWaitingAt("selfAssessment").variables().containsEntry("trigger", "WATCH_PERIOD_END");
        assertThat(timeline(uscc)).contains("WATCH_STARTED", "WATCH_ENDED");
    }

    @Test
    void aShorterPeriodCanBeGiven() {
        reset(uscc, "C");
        ProcessInstance pi =
                runtime.startProcessInstanceByKey("watch-period", uscc, Map.of("uscc", uscc, "watchPeriod", "P30D"));
        advance(31, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded();
    }

    @Test
    void aNewDowngradeRestartsTheWatchInsteadOfAddingOne() {
        reset(uscc, "C");
        ProcessInstance first = watch.startOrRestart(uscc, "first");
        advance(100, ChronoUnit.DAYS);
        ProcessInstance second = watch.startOrRestart(uscc, "second");
        assertThat(running("watch-period", uscc)).isOne();
        assertThat(first).isEnded();
        // the restarted watch runs a full year from the restart
        advance(300, ChronoUnit.DAYS);
        runDueJobs(second.getId());
        assertThat(second).isWaitingAt("Timer_WatchPeriod");
    }

    @Test
    void noSecondCycleWhenOneIsRunningAtTheEnd() {
        reset(uscc, "C");
        startCycle(uscc, Map.of("spotCheckRatio", 0.0));
        ProcessInstance pi =
                runtime.startProcessInstanceByKey("watch-period", uscc, Map.of("uscc", uscc, "watchPeriod", "P1D"));
        advance(2, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded();
        assertThat(running("grading-cycle", uscc)).isOne();
    }
}
