package cn.safetygrading.admin.web;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A disabled account's open sessions end at its next request: the session is invalidated and the
 * request answered 401. (Sign-in itself is refused by {@link AccountService#authenticate}; without this,
 * a session opened before the account was disabled would keep the roles it signed in with until it
 * times out.) Registered by Spring Boot for every request, after the security filters, so the session's
 * account is known; requests without a session (HTTP Basic) are checked at sign-in already.
 */
@Component
public class DisabledAccountFilter extends OncePerRequestFilter {

    private final AccountService accounts;

    public DisabledAccountFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && auth != null
                && auth.getPrincipal() instanceof Account account
                && accounts.isDisabled(account.userId())) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }
}
