package cn.safetygrading.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.dashboard.ui.DashboardView;
import cn.safetygrading.inbox.ui.InboxView;
import cn.safetygrading.portal.ui.EnterprisePortalView;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code /} sends each role home; anonymous visitors land on the Chinese login page. */
class RoleHomeViewTest extends UiTest {

    static Stream<Arguments> homes() {
        return Stream.of(
                Arguments.of("demo", DashboardView.class),
                Arguments.of("manager", DashboardView.class),
                Arguments.of("reviewer", InboxView.class),
                Arguments.of("expert", InboxView.class),
                Arguments.of("enterprise", EnterprisePortalView.class));
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @MethodSource("homes")
    void eachRoleLandsOnItsHome(String user, Class<? extends Component> home) {
        login(user, "demo");
        navigate("");
        assertThat(currentView()).isInstanceOf(home);
    }

    @Test
    void anonymousVisitorsSeeTheChineseLoginPage() {
        navigate("");
        assertThat(currentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("登录");
    }

    @Test
    void anEnterpriseCannotOpenTheLedgerOrTheInbox() {
        login("enterprise", "demo");
        navigate("ledger");
        assertThat(currentView()).isNotInstanceOf(cn.safetygrading.ledger.ui.LedgerView.class);
        navigate("inbox");
        assertThat(currentView()).isNotInstanceOf(InboxView.class);
    }

    @Test
    void theEnterpriseSeesItsOwnFile() {
        login("enterprise", "demo");
        navigate("enterprise");
        assertThat(_get(H2.class).getText()).isEqualTo("威海环翠海鑫食品有限公司");
    }

    private static Object currentView() {
        MockVaadin.clientRoundtrip();
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
