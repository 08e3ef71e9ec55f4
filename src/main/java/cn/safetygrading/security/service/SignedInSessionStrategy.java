package cn.safetygrading.security.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Sessions start short ({@code server.servlet.session.timeout}, 30 minutes: a visitor who never signs
 * in) and get a working day ({@code app.security.signed-in-session-timeout}, 8 hours) at form login,
 * together with a new session id (Spring's protection against session fixation).
 */
class SignedInSessionStrategy implements SessionAuthenticationStrategy {

    private final SessionAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

    private final Duration timeout;

    SignedInSessionStrategy(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        fixation.onAuthentication(authentication, request, response);
        request.getSession().setMaxInactiveInterval((int) timeout.toSeconds());
    }
}
