package cn.safetygrading.grading.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.grading.domain.GradingRequest;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.service.GradingRequests;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.ui.EnterpriseFileSection;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * The file's tab "定级": whether a grading of the enterprise runs, the gradings officials started by
 * hand with their reasons, and — for those allowed ({@link GradingRequests#starter}) — the buttons that
 * start a department diagnosis or a regrading, each asking for the reason.
 */
@org.springframework.stereotype.Component
public class GradingSection implements EnterpriseFileSection {

    private final GradingRequests requests;

    public GradingSection(GradingRequests requests) {
        this.requests = requests;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "gradingSection.title";
    }

    @Override
    public boolean visibleTo(Account account, Enterprise enterprise) {
        return !account.isEnterprise();
    }

    @Override
    public Component create(Account account, Enterprise enterprise) {
        return new Panel(requests, account, enterprise.uscc());
    }

    /** The tab's content for one UI. */
    public static class Panel extends VerticalLayout {

        final Paragraph state = new Paragraph();
        final SummaryTable<GradingRequest> history = new SummaryTable<>();
        Button diagnose;
        Button regrade;
        Dialog dialog;
        TextArea reason;
        Button confirm;
        private final GradingRequests requests;
        private final Account account;
        private final String uscc;

        Panel(GradingRequests requests, Account account, String uscc) {
            this.requests = requests;
            this.account = account;
            this.uscc = uscc;
            setId("grading-section");
            setPadding(false);
            state.setId("grading-state");
            add(state);
            Optional<GradingRequests.Starter> starter = requests.starter(account, uscc);
            if (starter.isPresent()) {
                String unit = starter.get().department() == null
                        ? ""
                        : starter.get().department().name();
                diagnose =
                        new Button(getTranslation("gradingSection.diagnose"), e -> ask(GradingRequestKind.DIAGNOSIS));
                diagnose.setId("start-diagnosis");
                diagnose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                diagnose.setTooltipText(getTranslation("gradingSection.diagnoseHint", unit));
                regrade = new Button(getTranslation("gradingSection.regrade"), e -> ask(GradingRequestKind.REGRADING));
                regrade.setId("start-regrading");
                regrade.setTooltipText(getTranslation("gradingSection.regradeHint"));
                HorizontalLayout buttons = new HorizontalLayout(diagnose, regrade);
                buttons.setWrap(true);
                add(buttons);
            }
            history.setId("grading-requests");
            history.addShortColumn(getTranslation("gradingSection.when"), r -> Formats.dateTime(r.requestedAt()));
            history.addShortColumn(
                    getTranslation("gradingSection.kind"),
                    r -> getTranslation(r.kind().labelKey())
                            + (r.department() == null ? "" : "（" + r.department() + "）"));
            history.addColumn(getTranslation("gradingSection.reason"), GradingRequest::reason);
            history.addShortColumn(getTranslation("gradingSection.by"), GradingRequest::requestedBy);
            history.setEmptyText(getTranslation("gradingSection.noRequests"));
            history.setWidthFull();
            add(history);
            refresh();
        }

        void refresh() {
            boolean running = requests.running(uscc);
            state.setText(getTranslation(running ? "gradingSection.running" : "gradingSection.idle"));
            history.setItems(requests.history(uscc));
        }

        void ask(GradingRequestKind kind) {
            dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation(kind.labelKey()));
            reason = new TextArea(getTranslation("gradingSection.reason"));
            reason.setId("grading-reason");
            reason.setMaxLength(GradingRequests.MAX_REASON);
            reason.setRequired(true);
            reason.setWidthFull();
            confirm = new Button(getTranslation("gradingSection.start"), e -> submit(kind));
            confirm.setId("confirm-grading");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Paragraph(getTranslation("gradingSection.explain." + kind)), reason);
            dialog.getFooter().add(new Button(getTranslation("gradingSection.cancel"), e -> dialog.close()), confirm);
            dialog.open();
        }

        void submit(GradingRequestKind kind) {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("gradingRequest.reasonRequired"));
                return;
            }
            try {
                requests.startFromFile(account, uscc, kind, reason.getValue());
                dialog.close();
                Feedback.success(getTranslation("gradingSection.started"));
            } catch (Refused refused) {
                reason.setInvalid(true);
                // the sentence on the reason field and said once in the middle
                reason.setErrorMessage(Feedback.text(refused));
                Feedback.refused(refused);
            }
            refresh();
        }
    }
}
