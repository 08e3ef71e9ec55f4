package cn.safetygrading.portal.ui;

import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.ChecklistItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;
import java.util.List;

/**
 * One checklist item of the self-assessment: its text, points, mandatory and veto marks, the answer
 * (不适用 only where the item allows it) and, when the reviewer asked for it, the mark to correct it.
 */
class ChecklistItemBox extends VerticalLayout {

    final RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();

    ChecklistItemBox(ChecklistItem item, String draft, boolean toCorrect) {
        Span text = new Span(item.id() + " " + item.text());
        text.getStyle().set("font-weight", "500");
        HorizontalLayout head =
                new HorizontalLayout(text, badge(item.points() + getTranslation("selfAssessment.points"), "contrast"));
        if (item.mandatory()) {
            head.add(badge(getTranslation("checklist.item.mandatory"), "primary"));
        }
        if (item.veto()) {
            head.add(badge(getTranslation("checklist.item.veto"), "error"));
        }
        answer.setId("answer-" + item.id());
        List<Answer> allowed = Arrays.stream(Answer.values())
                .filter(a -> a != Answer.NOT_APPLICABLE || !item.alwaysApplicable())
                .toList();
        answer.setItems(allowed);
        answer.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        answer.setHelperText(item.method());
        Answer.parse(draft).ifPresent(answer::setValue);
        add(head, answer);
        setPadding(false);
        setSpacing(false);
        if (toCorrect) {
            // the reviewer asked for this item to be corrected
            addClassName("to-correct");
            getElement().setAttribute("data-to-correct", "true");
            head.add(badge(getTranslation("selfAssessment.correctThis"), "error primary"));
            getStyle()
                    .set("border-left", "4px solid var(--lumo-error-color)")
                    .set("padding-left", "var(--lumo-space-s)")
                    .set("background", "var(--lumo-error-color-10pct)");
        }
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
