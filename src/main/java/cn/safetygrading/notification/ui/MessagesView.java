package cn.safetygrading.notification.ui;

import cn.safetygrading.base.time.AppZone;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.notification.domain.Notification;
import cn.safetygrading.notification.domain.NotificationKind;
import cn.safetygrading.notification.domain.Preference;
import cn.safetygrading.notification.service.NotificationService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.CurrentAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;

/** 消息中心: the signed-in user's notifications, newest first; opening one marks it read. And the channels. */
@Route("messages")
@Menu(order = 90, icon = "vaadin:bell", title = "notification.nav")
@PermitAll
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Grid<Notification> grid = new Grid<>();
    final Button allRead = new Button();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final Checkbox byEmail = new Checkbox();
    final Checkbox bySms = new Checkbox();
    final Button save = new Button();

    private final NotificationService notifications;
    private final Account account;
    /** The title, body and time columns; on a phone one column stacks the three instead. */
    private final java.util.List<Grid.Column<Notification>> wideColumns = new java.util.ArrayList<>();

    private final Grid.Column<Notification> stacked;

    public MessagesView(NotificationService notifications, CurrentAccount current) {
        this.notifications = notifications;
        this.account = current.require();
        setSizeFull();

        allRead.setText(getTranslation("notification.allRead"));
        allRead.addClickListener(e -> {
            notifications.markAllRead(account.userId());
            grid.getDataProvider().refreshAll();
            UnreadBadge.changed();
        });
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("notification.title")), allRead);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.getStyle().set("flex-wrap", "wrap");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addComponentColumn(this::marker)
                .setHeader(getTranslation("notification.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        wideColumns.add(grid.addColumn(n -> n.title() == null ? "" : n.title())
                .setHeader(getTranslation("notification.col.title"))
                .setFlexGrow(1));
        wideColumns.add(grid.addColumn(Notification::body)
                .setHeader(getTranslation("notification.col.body"))
                .setFlexGrow(2));
        wideColumns.add(grid.addColumn(this::time)
                .setHeader(getTranslation("notification.col.time"))
                .setAutoWidth(true)
                .setFlexGrow(0));
        stacked = grid.addComponentColumn(this::stack)
                .setKey("stack")
                .setHeader(getTranslation("notification.col.body"))
                .setFlexGrow(1);
        stacked.setVisible(false);
        grid.setItems(q -> notifications.page(account.userId(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) notifications.count(account.userId()));
        grid.setPartNameGenerator(n -> n.unread() ? "unread" : null);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("notification.empty"));

        add(head, grid, preferences());
        setFlexGrow(1, grid);
        WidthWatcher.watch(this, this::applyNarrow);
    }

    /** On a phone: the kind and one column with the title, the body and the time under each other. */
    void applyNarrow(boolean narrow) {
        wideColumns.forEach(c -> c.setVisible(!narrow));
        stacked.setVisible(narrow);
        setPadding(!narrow);
    }

    private String time(Notification n) {
        return n.createdAt().atZoneSameInstant(AppZone.get()).format(TIME);
    }

    private Div stack(Notification n) {
        Div title = new Div(n.title() == null ? "" : n.title());
        title.getStyle().set("font-weight", "600");
        Div body = new Div(n.body());
        Div when = new Div(time(n));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div stack = new Div(title, body, when);
        stack.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
        return stack;
    }

    private Span marker(Notification n) {
        Span kind = new Span(getTranslation(NotificationKind.valueOf(n.kind()).labelKey()));
        kind.getElement().getThemeList().add(n.unread() ? "badge primary" : "badge contrast");
        if (n.unread()) {
            kind.getElement().setAttribute("title", getTranslation("notification.unread"));
        }
        return kind;
    }

    void open(Notification n) {
        if (n.unread()) {
            notifications.markRead(account.userId(), n.id());
            UnreadBadge.changed();
        }
        if (n.link() != null && n.link().startsWith("/") && !n.link().startsWith("//")) {
            getUI().ifPresent(ui -> ui.navigate(n.link().substring(1)));
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    private Details preferences() {
        Preference p = notifications.preference(account.userId());
        email.setLabel(getTranslation("notification.pref.email"));
        email.setValue(p.email() == null ? "" : p.email());
        phone.setLabel(getTranslation("notification.pref.phone"));
        phone.setValue(p.phone() == null ? "" : p.phone());
        byEmail.setLabel(getTranslation("notification.pref.byEmail"));
        byEmail.setValue(p.byEmail());
        bySms.setLabel(getTranslation("notification.pref.bySms"));
        bySms.setValue(p.bySms());
        save.setText(getTranslation("notification.pref.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> savePreference());
        Checkbox inApp = new Checkbox(getTranslation("notification.pref.inApp"), true);
        inApp.setReadOnly(true);
        VerticalLayout form = new VerticalLayout(inApp, byEmail, email, bySms, phone, save);
        form.setPadding(false);
        Details details = new Details(getTranslation("notification.pref.title"), form);
        details.setId("notification-preferences");
        return details;
    }

    boolean savePreference() {
        email.setInvalid(false);
        phone.setInvalid(false);
        try {
            notifications.savePreference(new Preference(
                    account.userId(), email.getValue(), phone.getValue(), byEmail.getValue(), bySms.getValue()));
        } catch (IllegalArgumentException e) {
            boolean isEmail = "email".equals(e.getMessage());
            (isEmail ? email : phone)
                    .setErrorMessage(getTranslation(
                            isEmail ? "notification.pref.emailInvalid" : "notification.pref.phoneInvalid"));
            (isEmail ? email : phone).setInvalid(true);
            return false;
        }
        Feedback.success(getTranslation("notification.pref.saved"));
        return true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
