package cn.safetygrading.base.ui;

import cn.safetygrading.base.DisplayNamed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in page: navigation built from the views' {@code @Menu}
 * annotations (Vaadin leaves out the views the user may not open), the user, the language and
 * sign-out. Menu titles are i18n keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public static final String COCKPIT_PATH = "/camunda/app/cockpit/default/";

    /** A small item in the header beside the user (the message centre's unread badge), from another feature. */
    public interface NavbarBadge {
        Component create();
    }

    public MainLayout(
            AuthenticationContext auth, org.springframework.beans.factory.ObjectProvider<NavbarBadge> badges) {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle()
                .set("font-size", "var(--lumo-font-size-l)")
                .set("margin", "0")
                .set("padding", "var(--lumo-space-m) var(--lumo-space-m) var(--lumo-space-s)")
                .set("line-height", "var(--lumo-line-height-s)");
        addToDrawer(title, navigation(auth));

        String user = auth.getAuthenticatedUser(Object.class)
                .map(p -> p instanceof DisplayNamed named
                        ? named.displayName()
                        : auth.getPrincipalName().orElse(""))
                .orElse("");
        Span userLabel = new Span(new Icon(VaadinIcon.USER), new Span(" " + user));
        userLabel.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), userLabel);
        badges.orderedStream().forEach(b -> header.add(b.create()));
        header.add(new LanguageSwitch(), logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(userLabel);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    private Component navigation(AuthenticationContext auth) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        if (auth.hasRole("ADMIN")) {
            // the Camunda webapps: Cockpit, Tasklist, Admin (administrators only)
            SideNavItem cockpit =
                    new SideNavItem(getTranslation("nav.cockpit"), COCKPIT_PATH, new Icon(VaadinIcon.COGS));
            cockpit.setOpenInNewBrowserTab(true);
            cockpit.setRouterIgnore(true);
            nav.addItem(cockpit);
        }
        return nav;
    }
}
