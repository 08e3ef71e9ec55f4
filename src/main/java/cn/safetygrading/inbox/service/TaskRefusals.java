package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.engine.TaskRaceLost;
import java.util.UUID;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.security.access.AccessDeniedException;

/** What the person is told when the engine refuses a task action: a sentence, never the engine's text. */
final class TaskRefusals {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InboxService.class);

    private TaskRefusals() {}

    /** The refusal's sentence, the race lost, the task gone; anything else logged under a reference. */
    static RuntimeException refusal(String taskId, RuntimeException e) {
        if (TaskRaceLost.in(e).isPresent()) {
            return raceOr(e);
        }
        if (e instanceof CompletionRefusal refusal) {
            return new Refused("taskPage.refused", refusal.sentence());
        }
        if (e instanceof NullValueException) {
            return new Refused("task.gone", taskId);
        }
        if (e instanceof Refused || e instanceof AccessDeniedException) {
            return e;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("completing task {} failed (reference {})", taskId, reference, e);
        return new Refused("taskPage.failed", reference);
    }

    /** Someone else claimed or ended the task first: the sentence that says so (named holder), else the exception. */
    static RuntimeException raceOr(RuntimeException e) {
        return TaskRaceLost.in(e)
                .<RuntimeException>map(lost -> new Refused(lost.messageKey(), lost.holder()))
                .orElse(e);
    }
}
