package cn.safetygrading.security.ui;

import cn.safetygrading.base.ui.LanguageSwitch;
import cn.safetygrading.security.service.LoginThrottledException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.web.WebAttributes;

/** 登录: the Chinese sign-in page (Spring Security form login posts to /login). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext auth;

    public LoginView(AuthenticationContext auth) {
        this.auth = auth;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        add(title, subtitle, form, new LanguageSwitch());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error && lastFailure() instanceof LoginThrottledException throttled) {
            // too many failures: say how long to wait instead of "wrong password"
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("security.login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("security.login.throttled", throttled.minutes()));
            form.setI18n(i18n);
        }
        form.setError(error);
    }

    /** The failure Spring Security's form login left in the session for the login page. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
