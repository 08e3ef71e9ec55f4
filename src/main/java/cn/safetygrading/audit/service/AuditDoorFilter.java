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
 * Keeps the request's actor and door for the threads it starts while it runs (the writers of a
 * ledger import write on threads of their own); runs after Spring Security, so the user is known.
 */
public class AuditDoorFilter extends OncePerRequestFilter {

    private final AuditContext context;

    AuditDoorFilter(AuditContext context) {
        this.context = context;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String actor = context.actor();
        AuditContext.Scope scope = AuditContext.enter(AuditContext.SYSTEM.equals(actor) ? null : actor,
                Door.ofPath(request.getRequestURI().substring(request.getContextPath().length())));
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
            var registration = new FilterRegistrationBean<>(new AuditDoorFilter(context));
            registration.addUrlPatterns("/*");
            registration.setName("audit-door");
            registration.setOrder(0); // after Spring Security's chain (order -100)
            return registration;
        }
    }
}
