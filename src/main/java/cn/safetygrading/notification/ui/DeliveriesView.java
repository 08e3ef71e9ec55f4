package cn.safetygrading.notification.ui;

import cn.safetygrading.base.time.AppZone;
import cn.safetygrading.base.ui.WidthWatcher;
import cn.safetygrading.notification.domain.Delivery;
import cn.safetygrading.notification.domain.DeliveryStatus;
import cn.safetygrading.notification.service.NotificationService;
import cn.safetygrading.security.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 消息发送 for administrators: deliveries on e-mail and SMS, pending and failed first, with their error. */
@Route("admin/notifications")
@Menu(order = 94, icon = "vaadin:envelopes", title = "notification.admin.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class DeliveriesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final List<String> STATUSES =
            List.of(DeliveryStatus.FAILED.code(), DeliveryStatus.PENDING.code(), DeliveryStatus.SENT.code());

    final Select<String> status = new Select<>();
    final Grid<Delivery> grid = new Grid<>();
    private final NotificationService notifications;
    /** Columns a phone does without: the number, the recipient's id, the status (the filter says it), attempts, time. */
    private final List<Grid.Column<Delivery>> secondary = new java.util.ArrayList<>();

    public DeliveriesView(NotificationService notifications) {
        this.notifications = notifications;
        setSizeFull();
        status.setLabel(getTranslation("notification.admin.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(s -> getTranslation("notification.status." + s));
        status.setValue(DeliveryStatus.FAILED.code());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        secondary.add(
                grid.addColumn(Delivery::id).setHeader("#").setAutoWidth(true).setFlexGrow(0));
        grid.addColumn(d -> getTranslation("notification.channel." + d.channel()))
                .setHeader(getTranslation("notification.admin.channel"))
                .setAutoWidth(true);
        secondary.add(grid.addColumn(Delivery::recipient)
                .setHeader(getTranslation("notification.admin.recipient"))
                .setAutoWidth(true));
        grid.addColumn(Delivery::address)
                .setHeader(getTranslation("notification.admin.address"))
                .setAutoWidth(true);
        secondary.add(grid.addColumn(d -> getTranslation("notification.status." + d.status()))
                .setHeader(getTranslation("notification.admin.status"))
                .setAutoWidth(true));
        secondary.add(grid.addColumn(Delivery::attempts)
                .setHeader(getTranslation("notification.admin.attempts"))
                .setAutoWidth(true));
        secondary.add(grid.addColumn(d -> time(d.sentAt() != null ? d.sentAt() : d.nextAttemptAt()))
                .setHeader(getTranslation("notification.admin.when"))
                .setAutoWidth(true));
        grid.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(getTranslation("notification.admin.error"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> notifications.deliveries(status.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) notifications.countDeliveries(status.getValue()));
        grid.setEmptyStateText(getTranslation("notification.admin.empty"));
        add(new H2(getTranslation("notification.admin.title")), status, grid);
        setFlexGrow(1, grid);
        WidthWatcher.watch(this, this::applyNarrow);
    }

    /** On a phone: channel, address, error and the retry button stay. */
    void applyNarrow(boolean narrow) {
        secondary.forEach(c -> c.setVisible(!narrow));
        setPadding(!narrow);
    }

    private com.vaadin.flow.component.Component retryButton(Delivery d) {
        if (!DeliveryStatus.FAILED.is(d.status())) {
            return new Span();
        }
        Button retry = new Button(getTranslation("notification.admin.retry"), e -> {
            notifications.retry(d.id());
            grid.getDataProvider().refreshAll();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(AppZone.get()).format(TIME);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.admin.title");
    }
}
