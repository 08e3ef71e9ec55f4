package cn.safetygrading.base.ui;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.security.service.IdentityAuthenticationProvider;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Karibu-Testing of the Vaadin views in the real Spring context, signed in as a demo account. */
public abstract class UiTest extends IntegrationTest {

    private static Routes routes;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityAuthenticationProvider authentication;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("cn.safetygrading");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs in through the real authentication provider, as the login form would. */
    protected void login(String user, String password) {
        Authentication auth =
                authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + role)));
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
