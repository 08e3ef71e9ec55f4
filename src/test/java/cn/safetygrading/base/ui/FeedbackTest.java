package cn.safetygrading.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.Refused;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What a person is told after an action: refusals in their words, other failures with a reference. */
class FeedbackTest extends UiTest {

    @Test
    void aRefusedActionIsSaidInChineseWithItsDetailAndNothingAfterItRuns() {
        AtomicBoolean refreshed = new AtomicBoolean();
        boolean done = Feedback.attempt(
                () -> {
                    throw new Refused("grid.noSuchUser", "wang.wu");
                },
                "已保存",
                () -> refreshed.set(true));

        assertThat(done).isFalse();
        assertThat(refreshed).isFalse();
        Notification shown = only();
        assertThat(text(shown)).contains("没有该账号：wang.wu").doesNotContain("已保存");
        assertThat(shown.getThemeNames()).contains(NotificationVariant.LUMO_ERROR.getVariantName());
    }

    @Test
    void aDoneActionIsConfirmedAndTheViewRefreshed() {
        AtomicBoolean refreshed = new AtomicBoolean();
        boolean done = Feedback.attempt(() -> {}, "已保存", () -> refreshed.set(true));

        assertThat(done).isTrue();
        assertThat(refreshed).isTrue();
        assertThat(text(only())).contains("已保存");
    }

    @Test
    void aRefusalNoViewCaughtReachesThePersonAsItsSentenceWithoutAReference() {
        ErrorHandling.handle(
                new ErrorEvent(new IllegalStateException("wrapped", new Refused("grid.noSuchUser", "wang.wu"))));

        assertThat(text(only()))
                .contains("没有该账号：wang.wu")
                .doesNotContain("参考号")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void anyOtherErrorIsASentenceWithAReferenceNeverTheException() {
        ErrorHandling.handle(new ErrorEvent(new IllegalStateException("ENGINE-03051 boom")));

        assertThat(text(only())).contains("参考号").doesNotContain("ENGINE").doesNotContain("boom");
    }

    private static Notification only() {
        assertThat(NotificationsKt.getNotifications()).hasSize(1);
        return NotificationsKt.getNotifications().get(0);
    }

    private static String text(Notification n) {
        String property = n.getElement().getProperty("text");
        return (property == null ? "" : property) + n.getElement().getTextRecursively();
    }
}
