package cn.safetygrading.base.ui;

import cn.safetygrading.base.Refused;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;

/**
 * What a person is told after an action, in one place: a short confirmation at the bottom, a refusal
 * or error in the middle until read, and {@link #attempt} for the common "do it, say it, refresh"
 * of a button. A {@link Refused} is always said in the person's language with its detail; anything
 * else reaches {@link ErrorHandling} (a sentence with a reference, never an exception).
 */
public final class Feedback {

    private Feedback() {}

    /** A confirmation: done, 4 s at the bottom. */
    public static Notification success(String text) {
        Notification shown = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return shown;
    }

    /** A hint that needs no colour (nothing selected, nothing to do), 4 s in the middle. */
    public static Notification hint(String text) {
        return Notification.show(text, 4000, Notification.Position.MIDDLE);
    }

    /** A refusal or failure the person must read, 8 s in the middle. */
    public static Notification error(String text) {
        Notification shown = Notification.show(text, 8000, Notification.Position.MIDDLE);
        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return shown;
    }

    /** The sentence of a refusal in the current UI's language, its detail in the first placeholder. */
    public static String text(Refused refused) {
        UI ui = UI.getCurrent();
        return ui == null ? refused.getMessage() : ui.getTranslation(refused.messageKey(), refused.getMessage());
    }

    /** Shows the sentence of a refusal. */
    public static Notification refused(Refused refused) {
        return error(text(refused));
    }

    /**
     * Runs an action: when it is refused, says why and returns {@code false}; otherwise shows
     * {@code done} (when not {@code null}), runs {@code then} (when not {@code null}, e.g. the view's
     * refresh) and returns {@code true}. Other exceptions propagate to {@link ErrorHandling}.
     */
    public static boolean attempt(Runnable action, String done, Runnable then) {
        try {
            action.run();
        } catch (Refused refused) {
            refused(refused);
            return false;
        }
        if (done != null) {
            success(done);
        }
        if (then != null) {
            then.run();
        }
        return true;
    }

    /** The refusal somewhere in an exception's causes, if any. */
    static Optional<Refused> refusalIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refused refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
