package cn.safetygrading.admin.ui;

import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.ledger.domain.Region;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shared bits of the admin pages: a refusal shown on its field, region labels. */
final class Fields {

    private Fields() {}

    /** Marks the named field invalid with the sentence; a refusal without a field on the page is a notification. */
    static void show(Component owner, InvalidInput e, Map<String, ? extends HasValidation> fields) {
        String message = owner.getTranslation(e.key(), e.args());
        HasValidation field = fields.get(e.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Feedback.error(message);
        }
    }

    /**
     * Runs a change of the admin pages: true when it went through; false when a field was refused, and
     * then the refusal is shown on that field (or as a notification).
     */
    static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidInput e) {
            show(owner, e, fields);
            return false;
        }
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static String label(Region r) {
        return r.name() + " " + r.code();
    }

    static void done(Component owner, String key, Object... args) {
        Feedback.success(owner.getTranslation(key, args));
    }
}
