package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Container-based authentication for Cockpit, Tasklist, Admin and Welcome: the webapps take the user
 * Spring Security signed in at {@code /login} (and the {@code /camunda/**} chain already limited to
 * administrators); they never run a login of their own. Instantiated by class name by Camunda's
 * {@code ContainerBasedAuthenticationFilter}.
 */
public class WebappAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof Account account)) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(account.userId());
        result.setGroups(account.groups());
        return result;
    }
}
