package cn.safetygrading.facts.api;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.web.JsonErrors;
import cn.safetygrading.facts.domain.InvalidFact;
import cn.safetygrading.facts.domain.RefusedFile;
import cn.safetygrading.facts.service.FactAccessDenied;
import cn.safetygrading.facts.service.FactAttachments;
import cn.safetygrading.facts.service.FactNotFound;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The registers' refusals: 400 {@code {"field", "message"}} with a Chinese sentence naming the
 * field, 403 for enterprises and officials who do not own the enterprise, 404 outside the scope.
 */
@RestControllerAdvice(assignableTypes = FactController.class)
class FactErrors {

    private final Translations translations;

    FactErrors(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidFact.class)
    ResponseEntity<Map<String, String>> invalid(InvalidFact e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), message(e));
    }

    /** A file refused: the field, and the forms' sentence about the file ("附件：文件“setup.exe”是可执行文件…"). */
    @ExceptionHandler(RefusedFile.class)
    ResponseEntity<Map<String, String>> refusedFile(RefusedFile e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), fileMessage(e));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<Map<String, String>> noFile(Exception e) {
        return body(
                HttpStatus.BAD_REQUEST,
                FactAttachments.FIELD,
                translations.getTranslation(
                        "facts.error.required", Translations.CHINESE, zh("facts.field." + FactAttachments.FIELD)));
    }

    String fileMessage(RefusedFile e) {
        return translations.getTranslation(
                "facts.error.file",
                Translations.CHINESE,
                zh("facts.field." + e.field()),
                translations.getTranslation(e.key(), Translations.CHINESE, e.args()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "body", zh("facts.error.body"));
    }

    @ExceptionHandler(FactAccessDenied.class)
    ResponseEntity<Map<String, String>> forbidden(FactAccessDenied e) {
        return body(HttpStatus.FORBIDDEN, null, zh("facts.error.forbidden"));
    }

    @ExceptionHandler(FactNotFound.class)
    ResponseEntity<Map<String, String>> notFound(FactNotFound e) {
        return body(HttpStatus.NOT_FOUND, null, zh("facts.error.notFound"));
    }

    /** The Chinese sentence of a refusal, naming the field by its label. */
    String message(InvalidFact e) {
        return translations.getTranslation(e.key(), Translations.CHINESE, zh("facts.field." + e.field()));
    }

    private String zh(String key) {
        return translations.getTranslation(key, Translations.CHINESE);
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String field, String message) {
        return JsonErrors.refusal(status, field, message);
    }
}
