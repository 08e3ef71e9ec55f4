package cn.safetygrading.document.ui;

import cn.safetygrading.document.domain.OfficialDocument;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens an official document for printing: issued (or found stored) on the click, then shown by the browser from
 * {@code /documents/{id}} in a new tab; a sentence from the bundle when it cannot be made.
 */
public final class DocumentLinks {

    private DocumentLinks() {}

    public static void open(Component source, Supplier<Optional<OfficialDocument>> issue, String unavailableKey) {
        Optional<OfficialDocument> document = issue.get();
        UI ui = source.getUI().orElse(UI.getCurrent());
        if (document.isPresent()) {
            ui.getPage().open("documents/" + document.get().id(), "_blank");
        } else {
            Notification.show(source.getTranslation(unavailableKey), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
