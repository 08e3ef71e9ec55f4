package cn.safetygrading.admin.api;

import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.web.JsonErrors;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The answers of {@code /api/admin/**} when something is refused: 400 with {@code {"field", "message"}}
 * (a Chinese sentence of the admin bundle, never exception text), 403 for everyone but administrators.
 */
@RestControllerAdvice(assignableTypes = {AdminDepartmentController.class, AdminAccountController.class})
class AdminErrors {

    private final Translations translations;

    AdminErrors(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Map<String, String>> invalid(InvalidInput e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), translations.get(e.key(), Locale.SIMPLIFIED_CHINESE, e.args()));
    }

    @ExceptionHandler({
        HttpMessageNotReadableException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class
    })
    ResponseEntity<Map<String, String>> unreadable(Exception e) {
        String field = e instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : e instanceof MissingServletRequestParameterException p
                        ? p.getParameterName()
                        : e instanceof MissingServletRequestPartException p ? p.getRequestPartName() : "body";
        return body(HttpStatus.BAD_REQUEST, field, translations.get("admin.error.body", Locale.SIMPLIFIED_CHINESE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, null, translations.get("admin.error.forbidden", Locale.SIMPLIFIED_CHINESE));
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String field, String message) {
        return JsonErrors.refusal(status, field, message);
    }
}
