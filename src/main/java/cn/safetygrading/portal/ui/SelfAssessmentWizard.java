package cn.safetygrading.portal.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.engine.TaskRaceLost;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.UploadMarks;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.ChecklistSection;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.domain.SelfAssessmentTask;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.inbox.service.CompletionRefusal;
import cn.safetygrading.portal.service.SelfAssessmentSubmission;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * 企业自评: the checklist section by section with the live score, mandatory and veto items marked,
 * drafts saved with the task, evidence uploads, and a confirmed submission.
 *
 * <p>Long because the evidence chosen since the last save (checked, counted, refused, stored with the
 * draft or the submission in its transaction) shares its state with the answers the wizard stores;
 * the items, the stored evidence and the return notice are their own classes.
 */
public class SelfAssessmentWizard extends VerticalLayout {

    final Map<String, RadioButtonGroup<Answer>> answers = new LinkedHashMap<>();
    final Span score = new Span();
    final Span flags = new Span();
    final TextArea comment = new TextArea();
    final Button save = new Button();
    final Button submit = new Button();
    /** The evidence already stored for the case, each with open and delete. */
    final StoredEvidenceList storedEvidence;

    private Upload upload;
    /** How many files are stored and how many wait for the next save; updated as soon as a file is chosen. */
    final Span counter = new Span();
    /** The last refused file and why, in red beside the upload. */
    final Span refusal = new Span();
    /** Evidence chosen since the last save: stored with the next draft or with the submission, in its transaction. */
    final List<UploadedFile> pending = new ArrayList<>();
    /** The checklist item each pending file is attached to (none: the whole case's evidence). */
    final Map<UploadedFile, String> pendingItems = new java.util.IdentityHashMap<>();
    /** The item the next chosen file belongs to; empty for evidence of the whole self-assessment. */
    final ComboBox<ChecklistItem> evidenceItem = new ComboBox<>();

    private final SelfAssessmentService service;
    private final SelfAssessmentSubmission submission;
    private final SelfAssessmentTask task;
    private final Account account;
    private final Runnable onSubmitted;

    public SelfAssessmentWizard(
            SelfAssessmentService service,
            SelfAssessmentSubmission submission,
            SelfAssessmentTask task,
            Account account,
            Runnable onSubmitted) {
        this.service = service;
        this.submission = submission;
        this.task = task;
        this.account = account;
        this.onSubmitted = onSubmitted;
        storedEvidence = new StoredEvidenceList(
                service,
                account,
                task.taskId(),
                () -> service.open(account).ifPresent(t -> showEvidence(t.evidence())));
        setId("self-assessment");
        setPadding(false);
        add(new H3(getTranslation("selfAssessment.title", task.checklist().name())));
        if (task.due() != null) {
            add(new Paragraph(getTranslation("selfAssessment.due", Formats.date(task.due()))));
        }
        if (task.returnReason() != null) {
            add(new ReturnedNotice(task.returnReason(), task.toCorrect()));
        }
        score.setId("live-score");
        score.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        flags.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new HorizontalLayout(score, flags));

        TabSheet sections = new TabSheet();
        sections.setWidthFull();
        for (ChecklistSection section : task.checklist().sections()) {
            VerticalLayout items = new VerticalLayout();
            items.setPadding(false);
            section.items().forEach(item -> items.add(item(item)));
            sections.add(section.name() + "（" + section.points() + "）", items);
        }
        add(sections);

        comment.setLabel(getTranslation("selfAssessment.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        comment.setValue(task.comment() == null ? "" : task.comment());
        counter.setId("evidence-count");
        refusal.setId("evidence-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        evidenceItem.setLabel(getTranslation("selfAssessment.evidenceItem.label"));
        evidenceItem.setPlaceholder(getTranslation("selfAssessment.evidenceItem.whole"));
        evidenceItem.setHelperText(getTranslation("selfAssessment.evidenceItem.help"));
        evidenceItem.setId("evidence-item");
        evidenceItem.setClearButtonVisible(true);
        evidenceItem.setItems(task.checklist().items());
        evidenceItem.setItemLabelGenerator(i -> i.id() + " " + i.text());
        evidenceItem.setWidth("min(40rem, 100%)");
        add(comment, storedEvidence, evidenceItem, evidence(), counter, refusal);
        showEvidence(task.evidence());

        save.setText(getTranslation("selfAssessment.save"));
        save.setId("save-draft");
        save.addClickListener(e -> {
            if (stored(() -> submission.saveDraft(
                    account,
                    task.taskId(),
                    current(),
                    comment.getValue(),
                    List.copyOf(pending),
                    Map.copyOf(pendingItems)))) {
                Feedback.success(getTranslation("selfAssessment.saved"));
                service.open(account).ifPresent(t -> showEvidence(t.evidence()));
            }
        });
        submit.setText(getTranslation("selfAssessment.submit"));
        submit.setId("submit-self-assessment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirm());
        add(new HorizontalLayout(save, submit));
        refreshScore();
    }

    private VerticalLayout item(ChecklistItem item) {
        ChecklistItemBox box = new ChecklistItemBox(
                item, task.draft().get(item.id()), task.toCorrect().contains(item.id()));
        box.answer.addValueChangeListener(e -> refreshScore());
        answers.put(item.id(), box.answer);
        return box;
    }

    /** The stored evidence: each file can be opened (downloaded) and deleted. */
    void showEvidence(List<SelfAssessmentTask.Evidence> files) {
        storedEvidence.show(files);
        stored = files.size();
        count();
    }

    private int stored;

    /** The counter and the drop label follow the files at once: stored ones and those chosen since the last save. */
    private void count() {
        counter.setText(getTranslation("selfAssessment.evidenceCount", stored, pending.size()));
        if (upload != null) {
            upload.setDropLabel(new Span(getTranslation("selfAssessment.evidence", stored + pending.size())));
        }
    }

    private Upload evidence() {
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                ui.access(() -> choose(new UploadedFile(meta.fileName(), meta.contentType(), bytes)))));
        upload.setAcceptedFileTypes(
                SelfAssessmentService.EVIDENCE_TYPES.stream().map(t -> "." + t).toArray(String[]::new));
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setI18n(UploadTexts.of(this, "20 MB"));
        upload.setId("evidence-upload");
        upload.setDropLabel(new Span(
                getTranslation("selfAssessment.evidence", task.evidence().size())));
        // the browser refused it (type, size): the reason with the file's name, never silence
        upload.addFileRejectedListener(e -> refuse(e.getFileName(), e.getErrorMessage()));
        upload.addAllFinishedListener(e -> UploadMarks.clearAccepted(upload));
        return upload;
    }

    /** Keeps a chosen file for the next save or the submission, after the checks the server makes again then. */
    void choose(UploadedFile file) {
        String accept =
                SelfAssessmentService.EVIDENCE_TYPES.stream().map(t -> "." + t).collect(Collectors.joining(","));
        var refused = FileRules.DEFAULT.check("evidence", file, accept);
        if (refused.isPresent()) {
            refuse(
                    file.fileName(),
                    getTranslation(
                            refused.get().messageKey(), refused.get().args().toArray()));
            return;
        }
        pending.add(file);
        if (evidenceItem.getValue() != null) {
            pendingItems.put(file, evidenceItem.getValue().id());
        }
        refusal.setText("");
        count();
        Feedback.success(getTranslation("selfAssessment.evidencePending", file.fileName()));
    }

    /** A refused file: red in the upload's list with the reason, the reason beside it and in a message. */
    void refuse(String fileName, String reason) {
        String text = fileName == null || fileName.isBlank()
                ? reason
                : getTranslation("form.file.refusedNamed", fileName, reason);
        if (upload != null) {
            UploadMarks.refuse(upload, fileName, reason);
        }
        refusal.setText(text);
        Feedback.error(text);
    }

    /** Runs a write with the pending files; a refusal is shown as its sentence and keeps nothing. */
    private boolean stored(Runnable write) {
        try {
            write.run();
            pending.clear();
            pendingItems.clear();
            count();
            return true;
        } catch (Refused refused) {
            Feedback.refused(refused);
        } catch (RuntimeException e) {
            if (TaskRaceLost.in(e).isPresent() || e instanceof AccessDeniedException) {
                // another tab (or colleague) submitted first, or the task is no longer open: say so, show the portal as
                // it is now
                Feedback.error(getTranslation(
                        TaskRaceLost.in(e).map(TaskRaceLost::messageKey).orElse("task.race.gone"),
                        TaskRaceLost.in(e).map(TaskRaceLost::holder).orElse(null)));
                pending.clear();
                onSubmitted.run();
                return false;
            }
            if (!(e instanceof CompletionRefusal refusal)) {
                throw e;
            }
            Feedback.error(getTranslation("selfAssessment.refused", refusal.sentence()));
        }
        return false;
    }

    String taskId() {
        return task.taskId();
    }

    Map<String, String> current() {
        Map<String, String> values = new LinkedHashMap<>();
        answers.forEach((id, group) -> {
            if (group.getValue() != null) {
                values.put(id, group.getValue().name());
            }
        });
        return values;
    }

    void refreshScore() {
        ScoreResult result = service.preview(task.checklist(), current());
        score.setText(getTranslation(
                "selfAssessment.score", result.score().toPlainString(), result.answered(), result.total()));
        StringBuilder warnings = new StringBuilder();
        if (result.vetoFailed()) {
            warnings.append(getTranslation("checklist.result.vetoFailed", String.join("、", result.failedVetoItems())))
                    .append(' ');
        }
        if (result.mandatoryMissing()) {
            warnings.append(getTranslation(
                    "checklist.result.mandatoryMissing", String.join("、", result.missingMandatoryItems())));
        }
        flags.setText(warnings.toString().trim());
    }

    private void confirm() {
        Map<String, String> values = current();
        ScoreResult result = service.preview(task.checklist(), values);
        if (result.answered() < result.total()) {
            Feedback.error(getTranslation("selfAssessment.incomplete", result.total() - result.answered()));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("selfAssessment.confirmTitle"));
        dialog.add(new Paragraph(
                getTranslation("selfAssessment.confirm", result.score().toPlainString())));
        if (!flags.getText().isEmpty()) {
            dialog.add(new Paragraph(flags.getText()));
        }
        Button yes = new Button(getTranslation("selfAssessment.confirmSubmit"), e -> {
            dialog.close();
            if (!stored(() -> submission.submit(
                    account,
                    task.taskId(),
                    values,
                    comment.getValue(),
                    List.copyOf(pending),
                    Map.copyOf(pendingItems)))) {
                return;
            }
            Feedback.success(getTranslation("selfAssessment.submitted"));
            onSubmitted.run();
        });
        yes.setId("confirm-submit");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }
}
