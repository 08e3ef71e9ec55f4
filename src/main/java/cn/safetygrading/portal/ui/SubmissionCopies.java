package cn.safetygrading.portal.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.service.GradingQueries;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.inbox.ui.ChecklistReviewPanel;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Set;

/**
 * The enterprise's read-only copies of what it submitted: one button per self-assessment round, opening
 * that round's answers item by item, its comment and the case's evidence (the reviewers' checklist panel,
 * without the 需补正 ticks).
 */
public class SubmissionCopies extends FlexLayout {

    public SubmissionCopies(
            GradingQueries gradings, SelfAssessmentService selfAssessments, Account account, String uscc) {
        setId("portal-submission-copies");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        for (GradingCase gradingCase : gradings.cases(account, uscc)) {
            for (GradingRound round : gradings.rounds(account, gradingCase)) {
                if (round.kind() != RoundKind.SELF_ASSESSMENT || round.taskId() == null) {
                    continue;
                }
                selfAssessments
                        .submittedRound(account, gradingCase.processInstanceId(), round.taskId())
                        .ifPresent(copy -> {
                            Button open = new Button(getTranslation(
                                    "portal.submissionOpen", Formats.date(round.decidedAt()), round.round()));
                            open.setId("portal-submission-open-" + round.taskId());
                            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            open.addClickListener(e -> {
                                Dialog dialog = new Dialog();
                                dialog.setId("portal-submission-copy");
                                dialog.setHeaderTitle(getTranslation(
                                        "portal.submissionCopy", Formats.date(round.decidedAt()), round.round()));
                                dialog.setWidth("min(64rem, 96vw)");
                                dialog.add(new ChecklistReviewPanel(copy, Set.of(), null));
                                Button close =
                                        new Button(getTranslation("portal.submissionClose"), c -> dialog.close());
                                dialog.getFooter().add(close);
                                dialog.open();
                            });
                            add(open);
                        });
            }
        }
    }
}
