package cn.safetygrading.security.ui;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** {@code /} sends each role to its home. */
@Route(value = "", autoLayout = false)
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final CurrentAccount current;

    public RootView(CurrentAccount current) {
        this.current = current;
    }

    /** Managers and administrators: the dashboard; enterprises: their own file; other officials: the inbox. */
    public static String home(Account account) {
        if (account.has(Role.ADMIN) || account.has(Role.MANAGER)) {
            return "dashboard";
        }
        if (account.isEnterprise()) {
            return "enterprise";
        }
        return "inbox";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current.get().ifPresentOrElse(a -> event.forwardTo(home(a)), () -> event.forwardTo("login"));
    }
}
