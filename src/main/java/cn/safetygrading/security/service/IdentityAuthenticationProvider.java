package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Signs in against the Camunda identity store: the same accounts for the UI, the REST API and Cockpit. */
@Component
public class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final AccountService accounts;

    public IdentityAuthenticationProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        Account account = accounts.authenticate(userId, credentials == null ? null : credentials.toString())
                .orElseThrow(() -> new BadCredentialsException("bad credentials"));
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
