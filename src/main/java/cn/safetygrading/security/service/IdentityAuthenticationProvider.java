package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in against the Camunda identity store: the same accounts for the UI, the REST API and Cockpit.
 * Failed attempts are throttled per client address and per account ({@link LoginThrottle}); a throttled
 * attempt fails with a {@link LoginThrottledException} before the password is even looked at.
 */
@Component
public class IdentityAuthenticationProvider implements AuthenticationProvider {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    public IdentityAuthenticationProvider(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.check(userId, address);
        Object credentials = authentication.getCredentials();
        Optional<Account> found = accounts.authenticate(userId, credentials == null ? null : credentials.toString());
        if (found.isEmpty()) {
            throttle.failed(userId, address);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(userId);
        Account account = found.get();
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(account.roles().stream()
                .map(Role::authority)
                .map(SimpleGrantedAuthority::new)
                .toList());
        if (account.groups().contains(AccountService.DEPLOYER_GROUP)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + AccountService.DEPLOYER_ROLE));
        }
        return UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
