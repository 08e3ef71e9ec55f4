package cn.safetygrading.consequence.api;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.web.JsonErrors;
import cn.safetygrading.consequence.domain.InvalidMeasure;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers of the measures API when something is refused: a Chinese sentence, never exception text. */
@RestControllerAdvice(assignableTypes = MeasureController.class)
class MeasureErrors {

    private final Translations translations;

    MeasureErrors(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidMeasure.class)
    ResponseEntity<Map<String, String>> invalid(InvalidMeasure e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), translations.get(e.key(), Locale.SIMPLIFIED_CHINESE));
    }

    /** An unreadable body: the field whose value could not be read (a date that is no date), else "body". */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        if (e.getCause() instanceof MismatchedInputException m
                && !m.getPath().isEmpty()
                && m.getPath().get(0).getFieldName() != null) {
            field = m.getPath().get(0).getFieldName();
        }
        String key = e.getCause() instanceof InvalidFormatException && "decidedOn".equals(field)
                ? "measure.invalid.decidedOn"
                : "measure.invalid.body";
        return body(HttpStatus.BAD_REQUEST, field, translations.get(key, Locale.SIMPLIFIED_CHINESE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, null, translations.get("measure.forbidden", Locale.SIMPLIFIED_CHINESE));
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String field, String message) {
        return JsonErrors.refusal(status, field, message);
    }
}
