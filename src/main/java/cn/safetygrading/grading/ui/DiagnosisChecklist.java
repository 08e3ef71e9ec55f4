package cn.safetygrading.grading.ui;

import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.ChecklistSection;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.service.DepartmentDiagnosisService;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 部门诊断定级: the case's checklist item by item, section by section, with the live score and the
 * veto and mandatory items marked, as the enterprise answers it in its self-assessment. The page that
 * mounts it submits {@link #output()} as the task's {@code checklistAnswers}; the server scores it.
 */
public class DiagnosisChecklist extends VerticalLayout {

    final Map<String, RadioButtonGroup<Answer>> answers = new LinkedHashMap<>();
    final Span score = new Span();
    final Span flags = new Span();
    private final DepartmentDiagnosisService service;
    private final Checklist checklist;

    public DiagnosisChecklist(DepartmentDiagnosisService service, Checklist checklist) {
        this.service = service;
        this.checklist = checklist;
        setId("diagnosis-checklist");
        setPadding(false);
        add(new H3(getTranslation("diagnosis.title", checklist.name())));
        score.setId("diagnosis-score");
        score.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        flags.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout head = new HorizontalLayout(score, flags);
        head.setWrap(true);
        add(head);
        TabSheet sections = new TabSheet();
        sections.setWidthFull();
        for (ChecklistSection section : checklist.sections()) {
            VerticalLayout items = new VerticalLayout();
            items.setPadding(false);
            section.items().forEach(item -> items.add(item(item)));
            sections.add(section.name() + "（" + section.points() + "）", items);
        }
        add(sections);
        refresh();
    }

    private VerticalLayout item(ChecklistItem item) {
        Span text = new Span(item.id() + " " + item.text());
        text.getStyle().set("font-weight", "500");
        HorizontalLayout head =
                new HorizontalLayout(text, badge(getTranslation("diagnosis.points", item.points()), "contrast"));
        head.setWrap(true);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (item.mandatory()) {
            head.add(badge(getTranslation("diagnosis.mandatory"), "primary"));
        }
        if (item.veto()) {
            head.add(badge(getTranslation("diagnosis.veto"), "error"));
        }
        RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();
        answer.setId("diagnosis-" + item.id());
        List<Answer> allowed = Arrays.stream(Answer.values())
                .filter(a -> a != Answer.NOT_APPLICABLE || !item.alwaysApplicable())
                .toList();
        answer.setItems(allowed);
        answer.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        answer.setHelperText(item.method());
        answer.addValueChangeListener(e -> refresh());
        answers.put(item.id(), answer);
        VerticalLayout box = new VerticalLayout(head, answer);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    /** The answers given so far, item id → answer name. */
    public Map<String, String> current() {
        Map<String, String> values = new LinkedHashMap<>();
        answers.forEach((id, group) -> {
            if (group.getValue() != null) {
                values.put(id, group.getValue().name());
            }
        });
        return values;
    }

    /** How many items are still unanswered. */
    public int unanswered() {
        return (int) answers.values().stream().filter(g -> g.getValue() == null).count();
    }

    /** The task's {@code checklistAnswers} when every item is answered; empty otherwise. */
    public Optional<String> output() {
        return unanswered() > 0 ? Optional.empty() : Optional.of(service.answersOutput(current()));
    }

    void refresh() {
        ScoreResult result = service.preview(checklist, current());
        score.setText(
                getTranslation("diagnosis.score", result.score().toPlainString(), result.answered(), result.total()));
        StringBuilder warnings = new StringBuilder();
        if (result.vetoFailed()) {
            warnings.append(getTranslation("diagnosis.vetoFailed", String.join("、", result.failedVetoItems())))
                    .append(' ');
        }
        if (result.mandatoryMissing()) {
            warnings.append(
                    getTranslation("diagnosis.mandatoryMissing", String.join("、", result.missingMandatoryItems())));
        }
        flags.setText(warnings.toString().trim());
    }
}
