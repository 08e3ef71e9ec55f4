package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, on every door, go to the audit log: the name tried, the client address and the
 * reason; a sign-in refused because the account or address is throttled is a {@code LOGIN_LOCKED}.
 */
@Component
public class LoginFailureRecorder {

    public static final String FAILED = "LOGIN_FAILED";
    public static final String LOCKED = "LOGIN_LOCKED";

    private final AuditService audit;
    private final AuditContext context;

    public LoginFailureRecorder(AuditService audit, AuditContext context) {
        this.audit = audit;
        this.context = context;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication() == null
                ? null
                : event.getAuthentication().getName();
        String address = event.getAuthentication() != null
                        && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : context.clientAddress();
        String kind = event instanceof AuthenticationFailureLockedEvent ? LOCKED : FAILED;
        audit.record(new AuditEvent(
                name == null || name.isBlank() ? "?" : name,
                context.door(),
                kind,
                address,
                event.getException().getClass().getSimpleName()));
    }
}
