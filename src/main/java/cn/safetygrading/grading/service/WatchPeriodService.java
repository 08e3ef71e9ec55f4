package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-year watch period (重点关注期) after a downgrade: never two at once for one enterprise; a
 * new downgrade restarts it; at its end the enterprise is graded again.
 */
@Service
@Transactional
public class WatchPeriodService {

    public static final String PROCESS = "watch-period";
    public static final String GRADING_CYCLE = "grading-cycle";

    private final RuntimeService runtime;
    private final EnterpriseFileService file;
    private final GradingProperties properties;
    private final Clock clock;
    private final Translations texts;

    public WatchPeriodService(
            Translations texts,
            RuntimeService runtime,
            EnterpriseFileService file,
            GradingProperties properties,
            Clock clock) {
        this.texts = texts;
        this.runtime = runtime;
        this.file = file;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts the watch period, ending a running one first (restart). */
    public ProcessInstance startOrRestart(String uscc, String reason) {
        for (ProcessInstance running : runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(uscc)
                .list()) {
            runtime.deleteProcessInstance(running.getId(), "restarted: " + reason, true, true);
        }
        return runtime.startProcessInstanceByKey(PROCESS, uscc, Map.of("uscc", uscc, "watchReason", reason));
    }

    /** The period a watch runs for (ISO-8601) and when it ends. */
    public record WatchStart(String period, Date endsAt) {}

    /**
     * Task_RecordWatchStart: the period (the given one, else the default P1Y), its end, the entry in
     * the enterprise file.
     */
    public WatchStart recordStart(StepRef step, String requestedPeriod, Object reason) {
        String period = requestedPeriod;
        if (period == null || period.isBlank()) {
            period = properties.watchPeriod();
        }
        ZonedDateTime end;
        try {
            end = period.contains("T")
                    ? ZonedDateTime.now(clock).plus(Duration.parse(period))
                    : ZonedDateTime.now(clock).plus(Period.parse(period));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("watchPeriod is not an ISO-8601 duration: " + period);
        }
        String uscc = step.businessKey();
        file.record(
                uscc,
                "WATCH_STARTED",
                "system",
                texts.zh(
                        "grading.text.watchStarted",
                        end.toLocalDate(),
                        reason == null ? "" : texts.zh("grading.text.parenthesis", reason)),
                null,
                "watch-started:" + step.processInstanceId());
        return new WatchStart(period, Date.from(end.toInstant()));
    }

    /** Task_StartRegrading: a new grading-cycle with trigger WATCH_PERIOD_END, unless one is running already. */
    public void startRegrading(StepRef step) {
        String uscc = step.businessKey();
        boolean running = runtime.createProcessInstanceQuery()
                        .processDefinitionKey(GRADING_CYCLE)
                        .processInstanceBusinessKey(uscc)
                        .count()
                > 0;
        if (running) {
            file.record(
                    uscc,
                    "WATCH_ENDED",
                    "system",
                    texts.zh("grading.text.watchEnded.running"),
                    null,
                    "watch-ended:" + step.processInstanceId());
            return;
        }
        runtime.startProcessInstanceByKey(GRADING_CYCLE, uscc, Map.of("uscc", uscc, "trigger", "WATCH_PERIOD_END"));
        file.record(
                uscc,
                "WATCH_ENDED",
                "system",
                texts.zh("grading.text.watchEnded.regrading"),
                null,
                "watch-ended:" + step.processInstanceId());
    }
}
