package cn.safetygrading.security.web;

import cn.safetygrading.base.web.JsonErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password set over {@code /engine-rest/user} ({@code POST /user/create}, {@code PUT /user/{id}/credentials})
 * that the password policy refuses is a bad request (400 with a sentence), not the engine's 500.
 */
public class PasswordPolicyFilter extends OncePerRequestFilter {

    /** Whether a password satisfies the policy for this user id and name. */
    public interface Policy {
        boolean accepts(String userId, String name, String password);
    }

    private static final Pattern CREDENTIALS =
            Pattern.compile("/engine-rest(?:/engine/[^/]+)?/user/([^/]+)/credentials");
    private static final Pattern CREATE = Pattern.compile("/engine-rest(?:/engine/[^/]+)?/user/create");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BODY = 64 * 1024;

    private final Policy policy;

    public PasswordPolicyFilter(Policy policy) {
        this.policy = policy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(("POST".equals(request.getMethod()) && CREATE.matcher(path).matches())
                || ("PUT".equals(request.getMethod())
                        && CREDENTIALS.matcher(path).matches()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = RequestSizeLimitFilter.readAtMost(request.getInputStream(), MAX_BODY);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            json = null; // Camunda answers malformed bodies itself
        }
        if (json != null && !accepted(path, json)) {
            JsonErrors.write(
                    response, HttpServletResponse.SC_BAD_REQUEST, JsonErrors.message("security.passwordPolicy"));
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private boolean accepted(String path, JsonNode json) {
        Matcher credentials = CREDENTIALS.matcher(path);
        if (credentials.matches()) {
            return policy.accepts(
                    credentials.group(1), null, json.path("password").asText(null));
        }
        JsonNode profile = json.path("profile");
        String name =
                (profile.path("firstName").asText("") + profile.path("lastName").asText("")).trim();
        return policy.accepts(
                profile.path("id").asText(""),
                name,
                json.path("credentials").path("password").asText(null));
    }
}
