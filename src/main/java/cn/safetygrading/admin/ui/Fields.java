package cn.safetygrading.admin.ui;

import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.ledger.domain.Region;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Shared bits of the admin pages: a refusal shown on its field, region labels. */
final class Fields {

    private Fields() {
    }

    /** Marks the named field invalid with the sentence; a refusal without a field on the page is a notification. */
    static void show(Component owner, InvalidInput e, Map<String, ? extends HasValidation> fields) {
        String message = owner.getTranslation(e.key(), e.args());
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static String label(Region r) {
        return r.name() + " " + r.code();
    }

    static void done(Component owner, String key, Object... args) {
        Notification n = Notification.show(owner.getTranslation(key, args), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
