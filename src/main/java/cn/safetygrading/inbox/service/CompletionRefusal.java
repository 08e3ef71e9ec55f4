package cn.safetygrading.inbox.service;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refused completion of a user task, with the sentence that says why (in Chinese, naming the
 * fields). Two kinds because Camunda's REST API answers 400 for different types on different doors:
 * {@code /complete} and {@code /submit-form} for a {@link FormFieldValidationException},
 * {@code /resolve} and the rest for a {@link BadUserRequestException}.
 */
public interface CompletionRefusal {

    /** Why the completion was refused, to show as it is. */
    String sentence();

    static RuntimeException of(boolean resolve, String sentence, Throwable cause) {
        return resolve ? new Resolution(sentence, cause) : new Submission(sentence, cause);
    }

    /** Refusal of {@code complete} and {@code submitTaskForm}: REST 400. */
    final class Submission extends FormFieldValidationException implements CompletionRefusal {

        private final String sentence;

        Submission(String sentence, Throwable cause) {
            super(sentence, sentence, cause);
            this.sentence = sentence;
        }

        @Override
        public String sentence() {
            return sentence;
        }
    }

    /** Refusal of {@code resolveTask} and of the other task commands: REST 400. */
    final class Resolution extends BadUserRequestException implements CompletionRefusal {

        private final String sentence;

        Resolution(String sentence, Throwable cause) {
            super(sentence, cause);
            this.sentence = sentence;
        }

        @Override
        public String sentence() {
            return sentence;
        }
    }
}
