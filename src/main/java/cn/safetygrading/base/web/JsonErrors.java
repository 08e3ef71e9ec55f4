package cn.safetygrading.base.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Error answers of the HTTP doors ({@code /engine-rest}, {@code /api}, {@code /camunda/api}): a small
 * JSON body with the status and a Chinese sentence from the security messages, never exception text.
 * The feature APIs' advices answer a refusal with {@link #refusal} ({@code {"field", "message"}}).
 */
public final class JsonErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {}

    /** A sentence of the application's bundle ({@code i18n/messages}, Chinese: the platform's language). */
    public static String message(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("i18n/messages", Locale.SIMPLIFIED_CHINESE)
                .getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/json;charset=UTF-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }

    /**
     * A feature API's refusal: {@code {"field": …, "message": …}} with the given status; {@code field}
     * is left out when the refusal names none (403, 404). The message is already a sentence for people.
     */
    public static ResponseEntity<Map<String, String>> refusal(HttpStatus status, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
