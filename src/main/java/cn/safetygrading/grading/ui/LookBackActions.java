package cn.safetygrading.grading.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.service.GradingRequests;
import cn.safetygrading.grading.service.LookBackService;
import cn.safetygrading.grading.service.LookBackService.Candidate;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 回头看 → actions: the enterprises of the campaign that never submitted or that the campaign never
 * reached, a selection of them, how they are graded (by their department, or by their own
 * self-assessment again) and why; "发起定级" starts a grading of each, recorded with the reason.
 */
public class LookBackActions extends VerticalLayout {

    final Grid<Candidate> candidates = new Grid<>();
    final RadioButtonGroup<GradingRequestKind> kind = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button start = new Button();
    final Paragraph empty = new Paragraph();
    private final LookBackService service;
    private final Account account;
    private final String taskId;

    public LookBackActions(LookBackService service, Account account, String taskId) {
        this.service = service;
        this.account = account;
        this.taskId = taskId;
        setId("look-back-actions");
        setPadding(false);
        add(new H3(getTranslation("lookBack.title")));
        candidates.setId("look-back-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates
                .addColumn(Candidate::name)
                .setHeader(getTranslation("lookBack.name"))
                .setFlexGrow(2);
        candidates
                .addColumn(Candidate::uscc)
                .setHeader(getTranslation("lookBack.uscc"))
                .setAutoWidth(true);
        candidates
                .addColumn(c -> getTranslation("lookBack.reason." + c.reason()))
                .setHeader(getTranslation("lookBack.reason"))
                .setAutoWidth(true);
        candidates
                .addColumn(c -> c.running()
                        ? getTranslation("lookBack.running")
                        : c.started() ? getTranslation("lookBack.started") : "")
                .setHeader(getTranslation("lookBack.state"))
                .setAutoWidth(true);
        candidates.setAllRowsVisible(true);
        candidates.setWidthFull();
        empty.setText(getTranslation("lookBack.none"));
        kind.setLabel(getTranslation("lookBack.kind"));
        kind.setItems(GradingRequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(GradingRequestKind.DIAGNOSIS);
        reason.setLabel(getTranslation("lookBack.why"));
        reason.setMaxLength(GradingRequests.MAX_REASON);
        reason.setWidthFull();
        reason.setId("look-back-reason");
        start.setText(getTranslation("lookBack.start"));
        start.setId("look-back-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startSelected());
        add(empty, candidates, kind, reason, start);
        refresh();
    }

    void refresh() {
        List<Candidate> found = service.candidates(account, taskId);
        candidates.setItems(found);
        candidates.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
        start.setEnabled(!found.isEmpty());
    }

    void startSelected() {
        Set<String> selected =
                candidates.getSelectedItems().stream().map(Candidate::uscc).collect(Collectors.toSet());
        if (selected.isEmpty()) {
            Feedback.hint(getTranslation("lookBack.pick"));
            return;
        }
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("gradingRequest.reasonRequired"));
            return;
        }
        reason.setInvalid(false);
        Feedback.attempt(
                () -> {
                    LookBackService.Outcome outcome =
                            service.start(account, taskId, selected, kind.getValue(), reason.getValue());
                    // some enterprises may be refused one by one: the count started, then each refusal
                    String refused = outcome.refused().values().stream()
                            .map(Feedback::text)
                            .collect(Collectors.joining("；"));
                    String done =
                            getTranslation("lookBack.done", outcome.started().size());
                    if (refused.isEmpty()) {
                        Feedback.success(done);
                    } else {
                        Feedback.error(done + " " + refused);
                    }
                },
                null,
                null);
        candidates.deselectAll();
        refresh();
    }
}
