package cn.safetygrading.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.security.service.IdentityAuthenticationProvider;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** A session opened before its account was disabled ends at its next request. */
class DisabledAccountFilterIT extends IntegrationTest {

    @Autowired
    DisabledAccountFilter filter;

    @Autowired
    AccountService accounts;

    @Autowired
    IdentityAuthenticationProvider authentication;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(Authentication auth, MockHttpSession session) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(auth);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aDisabledAccountsSessionEnds() throws Exception {
        accounts.create(
                new NewAccount("leaver", "周离职", "Departed-2026-Ok", Set.of(Role.REVIEWER), "371002", null, null));
        Authentication auth = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("leaver", "Departed-2026-Ok"));
        MockHttpSession session = new MockHttpSession();
        assertThat(request(auth, session).getStatus()).isEqualTo(200);

        accounts.disable("leaver");
        MockHttpServletResponse after = request(auth, session);
        assertThat(after.getStatus()).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
