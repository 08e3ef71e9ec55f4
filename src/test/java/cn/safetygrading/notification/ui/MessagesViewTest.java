package cn.safetygrading.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.notification.domain.Notification;
import cn.safetygrading.notification.domain.NotificationKind;
import cn.safetygrading.notification.service.NotificationService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The message centre and the unread badge in the header; the delivery page for administrators. */
class MessagesViewTest extends UiTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.safetygrading.notification.service.TaskNotifier taskNotifier;

    @BeforeEach
    void messages() {
        jdbc.update("delete from notification where recipient = 'reviewer'");
        jdbc.update("delete from notification_preference where user_id = 'reviewer'");
        tx.executeWithoutResult(s -> {
            notifications.notify(List.of("reviewer"), NotificationKind.URGED, "初审", "请今天办结", "/inbox", "ui-test:1");
            notifications.notify(List.of("reviewer"), NotificationKind.NEW_TASK, "初审", "新的初审任务", "/inbox", "ui-test:2");
        });
    }

    @Test
    void theBadgeCountsUnreadMessagesAndOpeningOneReadsIt() {
        login("reviewer", "demo");
        navigate("messages");
        UnreadBadge.Bell bell = _get(UnreadBadge.Bell.class);
        assertThat(bell.count.getText()).isEqualTo("2");
        assertThat(bell.count.isVisible()).isTrue();

        MessagesView view = _get(MessagesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        Notification newest = GridKt._get(view.grid, 0);
        assertThat(newest.body()).isEqualTo("新的初审任务");
        view.open(newest);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("inbox");
        assertThat(_get(UnreadBadge.Bell.class).count.getText()).isEqualTo("1");

        navigate("messages");
        _get(MessagesView.class).allRead.click();
        assertThat(_get(UnreadBadge.Bell.class).count.isVisible()).isFalse();
        assertThat(notifications.unread("reviewer")).isZero();
    }

    @Test
    void theChannelsAreChosenAndAMissingAddressIsRefusedOnItsField() {
        login("reviewer", "demo");
        navigate("messages");
        MessagesView view = _get(MessagesView.class);
        view.byEmail.setValue(true);
        assertThat(view.savePreference()).isFalse();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("电子邮箱");
        view.email.setValue("reviewer@example.cn");
        view.bySms.setValue(true);
        view.phone.setValue("abc");
        assertThat(view.savePreference()).isFalse();
        assertThat(view.phone.isInvalid()).isTrue();
        view.phone.setValue("13800000000");
        assertThat(view.savePreference()).isTrue();
        assertThat(notifications.preference("reviewer").byEmail()).isTrue();
        assertThat(notifications.preference("reviewer").phone()).isEqualTo("13800000000");
    }

    @Test
    void aManagerUrgesWithANoteThatIsRequired() {
        login("manager", "demo");
        UrgeDialog dialog = new UrgeDialog(taskNotifier, "manager", List.of("no-such-task"));
        dialog.open();
        dialog.send.click();
        assertThat(dialog.note.isInvalid()).isTrue();
        dialog.note.setValue("请尽快办理");
        dialog.send.click();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void administratorsSeeTheDeliveries() {
        login("demo", "demo");
        navigate("admin/notifications");
        DeliveriesView view = _get(DeliveriesView.class);
        assertThat(view.status.getValue()).isEqualTo("FAILED");

        view.applyNarrow(true);
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()))
                .as("a phone keeps channel, address, error and retry")
                .hasSize(4);
        view.applyNarrow(false);
        assertThat(view.grid.getColumns()).allMatch(c -> c.isVisible());
    }

    @Test
    void onAPhoneTitleBodyAndTimeStandInOneColumn() {
        login("reviewer", "demo");
        navigate("messages");
        MessagesView view = _get(MessagesView.class);
        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible())).hasSize(4);

        view.applyNarrow(true);

        assertThat(view.grid.getColumns().stream().filter(c -> c.isVisible()))
                .as("the kind and the stacked column")
                .hasSize(2);
        com.vaadin.flow.component.html.Div stack =
                (com.vaadin.flow.component.html.Div) GridKt._getCellComponent(view.grid, 0, "stack");
        assertThat(stack.getElement().getTextRecursively()).contains("初审", "新的初审任务", "-");
    }
}
