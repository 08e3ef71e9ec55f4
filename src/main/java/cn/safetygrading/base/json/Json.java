package cn.safetygrading.base.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * JSON text in and out with the application's {@link ObjectMapper}, failing with one unchecked
 * {@link JsonFailure} instead of a checked exception every caller wraps. Inject it; a class that holds
 * an {@code ObjectMapper} of its own (a static one, a test's) takes {@link #of(ObjectMapper)}.
 */
@Component
public class Json {

    private final ObjectMapper mapper;

    public Json(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper);
    }

    public static Json of(ObjectMapper mapper) {
        return new Json(mapper);
    }

    /** The value as JSON text. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JsonFailure("cannot write " + typeOf(value) + " as JSON", e);
        }
    }

    /** The JSON text read as the type. */
    public <T> T read(String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new JsonFailure("cannot read JSON as " + type.getName(), e);
        }
    }

    /** The JSON text read as the generic type ({@code new TypeReference<Map<String, String>>() {}}). */
    public <T> T read(String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new JsonFailure("cannot read JSON as " + type.getType().getTypeName(), e);
        }
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    /**
     * JSON that could not be written or read: a fault of the program or of stored data, never a
     * sentence for people (an {@link IllegalStateException}, as the copies it replaces threw).
     */
    public static final class JsonFailure extends IllegalStateException {
        JsonFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
