package cn.safetygrading.portal.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.grading.domain.SelfAssessmentTask;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;

/** The self-assessment's stored evidence: each file with its item, opened (downloaded) or deleted after asking. */
class StoredEvidenceList extends VerticalLayout {

    private final SelfAssessmentService service;
    private final Account account;
    private final String taskId;
    private final Runnable reload;

    /** {@code reload} reads the task's evidence again after a deletion. */
    StoredEvidenceList(SelfAssessmentService service, Account account, String taskId, Runnable reload) {
        this.service = service;
        this.account = account;
        this.taskId = taskId;
        this.reload = reload;
        setId("stored-evidence");
        setPadding(false);
        setSpacing(false);
    }

    void show(List<SelfAssessmentTask.Evidence> files) {
        removeAll();
        if (!files.isEmpty()) {
            add(new Span(getTranslation("selfAssessment.storedEvidence", files.size())));
        }
        for (SelfAssessmentTask.Evidence file : files) {
            // served as a download with a neutral type, so the browser never runs or renders it
            DownloadHandler handler = event -> {
                byte[] bytes = service.evidenceContent(account, taskId, file.id());
                event.setFileName(file.name());
                event.setContentType("application/octet-stream");
                event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                event.getOutputStream().write(bytes);
            };
            Anchor open = new Anchor(handler, file.name());
            open.setId("evidence-open-" + file.id());
            Span item = ChecklistItemBox.badge(
                    file.itemId() == null ? getTranslation("selfAssessment.evidenceItem.wholeBadge") : file.itemId(),
                    "contrast");
            item.setId("evidence-item-" + file.id());
            Button delete = new Button(getTranslation("selfAssessment.deleteEvidence"), e -> delete(file));
            delete.setId("evidence-delete-" + file.id());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(item, open, delete);
            row.setAlignItems(Alignment.BASELINE);
            add(row);
        }
    }

    private void delete(SelfAssessmentTask.Evidence file) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("selfAssessment.deleteEvidenceTitle"));
        dialog.add(new Paragraph(getTranslation("selfAssessment.deleteEvidenceConfirm", file.name())));
        Button yes = new Button(getTranslation("selfAssessment.deleteEvidence"), e -> {
            dialog.close();
            service.deleteEvidence(account, taskId, file.id());
            Feedback.success(getTranslation("selfAssessment.evidenceDeleted", file.name()));
            reload.run();
        });
        yes.setId("confirm-delete-evidence");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), yes);
        dialog.open();
    }
}
