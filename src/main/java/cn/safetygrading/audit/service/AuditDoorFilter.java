package cn.safetygrading.audit.service;

import cn.safetygrading.audit.domain.Door;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the request's door and actor for the threads it starts while it runs (the writers of a
 * ledger import write on threads of their own). Registered twice: before Spring Security, so that a
 * refused sign-in knows its door, and after it, to add the user it authenticated.
 */
public class AuditDoorFilter extends OncePerRequestFilter {

    private final AuditContext context;
    private final boolean opens;

    AuditDoorFilter(AuditContext context, boolean opens) {
        this.context = context;
        this.opens = opens;
    }

    @Override
    protected String getAlreadyFilteredAttributeName() {
        return super.getAlreadyFilteredAttributeName() + (opens ? ".open" : ".actor");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!opens) {
            AuditContext.Scope scope = AuditContext.current();
            String actor = context.actor();
            if (scope != null && !AuditContext.SYSTEM.equals(actor)) {
                scope.actor = actor;
            }
            chain.doFilter(request, response);
            return;
        }
        AuditContext.Scope scope = AuditContext.enter(
                null,
                Door.ofPath(request.getRequestURI()
                        .substring(request.getContextPath().length())));
        try {
            chain.doFilter(request, response);
        } finally {
            AuditContext.leave(scope);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<AuditDoorFilter> auditDoorFilter(AuditContext context) {
            var registration = new FilterRegistrationBean<>(new AuditDoorFilter(context, true));
            registration.addUrlPatterns("/*");
            registration.setName("audit-door");
            registration.setOrder(-101); // before Spring Security's chain (order -100)
            return registration;
        }

        @Bean
        FilterRegistrationBean<AuditDoorFilter> auditActorFilter(AuditContext context) {
            var registration = new FilterRegistrationBean<>(new AuditDoorFilter(context, false));
            registration.addUrlPatterns("/*");
            registration.setName("audit-actor");
            registration.setOrder(0); // after Spring Security's chain
            return registration;
        }
    }
}
