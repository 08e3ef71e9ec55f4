package cn.safetygrading.base.engine;

import cn.safetygrading.base.i18n.Translations;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The loser of a race on one task (two claims, two completions, a completion after the task ended):
 * what happened, said once for every door. {@link #sentence()} is the Chinese sentence
 * ("该任务已被李审核签收", "该任务已办结"); {@link #messageKey()} and {@link #holder()} say it in
 * the user's language. Over {@code /engine-rest} it is a 409 ({@link TaskRaceRest}).
 */
public class TaskRaceLost extends ProcessEngineException {

    private static final Translations TRANSLATIONS = new Translations();

    /** What the loser found. */
    public enum Kind {
        /** someone else holds the task now */
        CLAIMED("task.race.claimed"),
        /** the task was completed (or withdrawn) */
        GONE("task.race.gone"),
        /** the task is still open but changed under the request */
        CHANGED("task.race.changed");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Kind kind;
    private final String holder;

    public TaskRaceLost(Kind kind, String holder, Throwable cause) {
        super(TRANSLATIONS.get(kind.messageKey, Translations.CHINESE, holder), cause);
        this.kind = kind;
        this.holder = holder;
    }

    public Kind kind() {
        return kind;
    }

    /** The display name of the one who holds the task now (for {@link Kind#CLAIMED}), else null. */
    public String holder() {
        return holder;
    }

    public String messageKey() {
        return kind.messageKey;
    }

    public String sentence() {
        return getMessage();
    }

    /** The race lost behind an exception (the engine and the REST API wrap it), if there is one. */
    public static Optional<TaskRaceLost> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TaskRaceLost lost) {
                return Optional.of(lost);
            }
        }
        return Optional.empty();
    }
}
