package cn.safetygrading.security.web;

import cn.safetygrading.base.web.JsonErrors;
import cn.safetygrading.security.service.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for the REST doors <em>without</em> a {@code WWW-Authenticate: Basic} challenge: a browser then
 * never prompts for, nor caches, credentials that a cross-site form could ride on. Scripts send their
 * credentials pre-emptively ({@code curl -u}) and are not affected.
 */
public class RestAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String message = failure instanceof LoginThrottledException throttled
                ? JsonErrors.message("security.login.throttled", throttled.minutes())
                : JsonErrors.message("security.unauthenticated");
        JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }
}
