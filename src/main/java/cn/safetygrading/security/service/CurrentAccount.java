package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account of the current request, as authenticated by Spring Security. */
@Component
public class CurrentAccount {

    public Optional<Account> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Account account) {
            return Optional.of(account);
        }
        return Optional.empty();
    }

    public Account require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }
}
