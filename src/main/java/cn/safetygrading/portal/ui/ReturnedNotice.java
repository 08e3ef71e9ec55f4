package cn.safetygrading.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;

/** Why the reviewer returned the self-assessment, and which items to correct, in red above the checklist. */
class ReturnedNotice extends Div {

    ReturnedNotice(String reason, Collection<String> toCorrect) {
        add(new Span(getTranslation("selfAssessment.returned", reason)));
        setId("return-reason");
        getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        if (!toCorrect.isEmpty()) {
            Span items = new Span(getTranslation("selfAssessment.toCorrect", String.join("、", toCorrect)));
            items.setId("return-items");
            add(new Div(items));
        }
    }
}
