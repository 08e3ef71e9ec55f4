package cn.safetygrading.notification.ui;

import cn.safetygrading.base.ui.MainLayout;
import cn.safetygrading.notification.service.NotificationService;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;

/** The bell with the number of unread messages in the header; opens the message centre. */
@org.springframework.stereotype.Component
class UnreadBadge implements MainLayout.NavbarBadge {

    private final NotificationService notifications;
    private final CurrentAccount current;

    UnreadBadge(NotificationService notifications, CurrentAccount current) {
        this.notifications = notifications;
        this.current = current;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Bell();
    }

    /** Fired on the UI when the user read messages. */
    static final class UnreadChanged extends ComponentEvent<UI> {
        UnreadChanged(UI ui) {
            super(ui, false);
        }
    }

    static void changed() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
        }
    }

    final class Bell extends Button implements AfterNavigationObserver {

        final Span count = new Span();
        private Registration registration;

        Bell() {
            setIcon(new Icon(VaadinIcon.BELL));
            addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setId("unread-badge");
            count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
            count.getStyle().set("margin-inline-start", "calc(var(--lumo-space-xs) * -1)");
            setSuffixComponent(count);
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MessagesView.class)));
            refresh();
        }

        @Override
        protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
            registration = ComponentUtil.addListener(event.getUI(), UnreadChanged.class, e -> refresh());
        }

        @Override
        protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
            if (registration != null) {
                registration.remove();
            }
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            long unread =
                    current.get().map(a -> notifications.unread(a.userId())).orElse(0L);
            count.setText(unread > 99 ? "99+" : Long.toString(unread));
            count.setVisible(unread > 0);
            setAriaLabel(getTranslation("notification.badge.aria", unread));
            setTooltipText(getTranslation("notification.badge.aria", unread));
        }
    }
}
