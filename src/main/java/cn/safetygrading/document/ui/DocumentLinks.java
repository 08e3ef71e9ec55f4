package cn.safetygrading.document.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.document.domain.OfficialDocument;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
            Feedback.error(source.getTranslation(unavailableKey));
        }
    }
}
