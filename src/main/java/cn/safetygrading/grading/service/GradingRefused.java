package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A start or task completion of grading-cycle that the grading rules refuse (a missing checklist, a
 * grade an approval may not give, a bad start value). The message is a Chinese sentence from the
 * grading bundle ({@code grading.refused.*} or {@code checklist.error.*}) that names the field;
 * {@link #messageKey()} and {@link #params()} let a caller say it in the user's language.
 *
 * <p>It is a {@link BadUserRequestException}, which Camunda's REST API answers with 400 when the
 * engine throws it directly. Thrown from a task listener, the engine wraps it (ENGINE-03051, a plain
 * {@code ProcessEngineException} with this as its cause), so a completion guard looks for it in the
 * cause chain: {@link #in(Throwable)}.
 */
public class GradingRefused extends BadUserRequestException {

    private static final Translations TRANSLATIONS = new Translations();

    private final String messageKey;
    private final transient List<Object> params;

    public GradingRefused(String messageKey, Object... params) {
        super(TRANSLATIONS.get(messageKey, Translations.CHINESE, params));
        this.messageKey = messageKey;
        this.params = java.util.Collections.unmodifiableList(java.util.Arrays.asList(params.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> params() {
        return params;
    }

    /** The sentence in the given language. */
    public String message(Locale locale) {
        return TRANSLATIONS.get(messageKey, locale, params.toArray());
    }

    /** The refusal behind an exception the engine may have wrapped it in, if there is one. */
    public static java.util.Optional<GradingRefused> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof GradingRefused refused) {
                return java.util.Optional.of(refused);
            }
        }
        return java.util.Optional.empty();
    }
}
