package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.Door;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting and through which door, for the audit log.
 * <ul>
 *   <li>Actor: the Spring Security user, else the engine's authenticated user (Camunda webapps), else
 *       the user of the request that started this thread (a worker of an import), else {@code system}.</li>
 *   <li>Door: from the current request's path ({@code /api}, {@code /engine-rest}, {@code /camunda},
 *       anything else is a page); without a request, a signed-in user acts from a page (work the UI
 *       runs outside a request), the worker of a request keeps that request's door, and anything
 *       else is {@link Door#JOB} (the job executor, timers, start-up).</li>
 * </ul>
 */
@Component
public class AuditContext {

    public static final String SYSTEM = "system";

    /** The request that is running when a thread is created: its workers (import batches) inherit it. */
    private static final InheritableThreadLocal<Scope> INHERITED = new InheritableThreadLocal<>();

    private final ObjectProvider<IdentityService> identityServiceProvider;
    private volatile IdentityService identityService;

    public AuditContext(ObjectProvider<IdentityService> identityServiceProvider) {
        this.identityServiceProvider = identityServiceProvider;
    }

    /** The actor and door of a request, kept while it runs; {@link #close} ends it for the threads it started. */
    static final class Scope implements AutoCloseable {
        volatile String actor;
        final Door door;
        private volatile boolean open = true;

        Scope(String actor, Door door) {
            this.actor = actor;
            this.door = door;
        }

        @Override
        public void close() {
            open = false;
        }
    }

    /** Opens the scope of a request on this thread (AuditDoorFilter). */
    static Scope enter(String actor, Door door) {
        Scope scope = new Scope(actor, door);
        INHERITED.set(scope);
        return scope;
    }

    /** The scope of the request running on this thread, if any. */
    static Scope current() {
        return inherited();
    }

    static void leave(Scope scope) {
        scope.close();
        INHERITED.remove();
    }

    /**
     * Runs work on behalf of an actor through a door, e.g. a background task started from a page:
     * the threads it creates inherit both.
     */
    public static <T> T runAs(String actor, Door door, Supplier<T> work) {
        Scope previous = INHERITED.get();
        Scope scope = enter(actor, door);
        try {
            return work.get();
        } finally {
            scope.close();
            if (previous == null) {
                INHERITED.remove();
            } else {
                INHERITED.set(previous);
            }
        }
    }

    public String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        Authentication engineUser = engine() == null ? null : engine().getCurrentAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            return engineUser.getUserId();
        }
        Scope scope = inherited();
        if (scope != null && scope.actor != null) {
            return scope.actor;
        }
        return SYSTEM;
    }

    public Door door() {
        HttpServletRequest request = currentRequest();
        if (request != null) {
            return Door.ofPath(
                    request.getRequestURI().substring(request.getContextPath().length()));
        }
        Scope scope = inherited();
        if (scope != null) {
            return scope.door;
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return Door.UI;
        }
        return Door.JOB;
    }

    /** The client address of the current request, if there is one. */
    public String clientAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static Scope inherited() {
        Scope scope = INHERITED.get();
        return scope != null && scope.open ? scope : null;
    }

    private IdentityService engine() {
        IdentityService service = identityService;
        if (service == null) {
            service = identityServiceProvider.getIfAvailable();
            identityService = service;
        }
        return service;
    }
}
