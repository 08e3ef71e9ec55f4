package cn.safetygrading.base.engine;

import cn.safetygrading.base.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} answers a lost race with 409 and {@code {"type","message"}}, the message the
 * Chinese sentence of {@link TaskRaceLost}. A claim throws it as it is; a completion comes wrapped in
 * Camunda's {@link RestException} ("Cannot complete task …", 500), so that mapper is taken over too
 * (priority before Camunda's own) and hands every other {@link RestException} back to Camunda's.
 */
@Component
public class TaskRaceRest implements ResourceConfigCustomizer {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new LostMapper(), 1);
        config.register(new WrappedMapper(), 1);
    }

    static Response conflict(TaskRaceLost lost) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(
                "type",
                switch (lost.kind()) {
                    case CLAIMED -> "TaskAlreadyClaimed";
                    case GONE -> "TaskGone";
                    case CHANGED -> "TaskChanged";
                });
        body.put("message", lost.sentence());
        return Response.status(Response.Status.CONFLICT)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.of(JSON).write(body))
                .build();
    }

    /** A claim's (or any command's) lost race, thrown as it is. */
    @Priority(1)
    public static class LostMapper implements ExceptionMapper<TaskRaceLost> {
        @Override
        public Response toResponse(TaskRaceLost exception) {
            return conflict(exception);
        }
    }

    /** A completion's lost race inside Camunda's "Cannot complete task" wrapper; any other wrapper as Camunda answers it. */
    @Priority(1)
    public static class WrappedMapper implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return TaskRaceLost.in(exception)
                    .map(TaskRaceRest::conflict)
                    .orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
