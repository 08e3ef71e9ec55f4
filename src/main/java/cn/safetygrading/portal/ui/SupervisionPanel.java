package cn.safetygrading.portal.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.Consultation;
import cn.safetygrading.supervision.domain.Stationing;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import cn.safetygrading.supervision.service.StationingService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import cn.safetygrading.supervision.service.SupervisionProblemService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * 监管安排: who supervises the enterprise (包保 grid, its 安全专员 and phone, the 监督电话), the link to its
 * printable 公示栏 page, its stationed supervision, and 首问负责: the enterprise asks its 包保 person and sees
 * the answers.
 */
class SupervisionPanel extends VerticalLayout {

    final Paragraph assignment = new Paragraph();
    final Paragraph contact = new Paragraph();
    final Paragraph riskLevel = new Paragraph();
    final Anchor contactPage = new Anchor();
    final Paragraph stationing = new Paragraph();
    final TextArea question = new TextArea();
    final Button ask = new Button();
    final Grid<Consultation> consultations = new Grid<>();
    private final SupervisionProblemService problems;
    private final Account account;

    SupervisionPanel(
            SupervisionGridService grid,
            StationingService stations,
            SupervisionProblemService problems,
            Account account) {
        this.problems = problems;
        this.account = account;
        setPadding(false);
        assignment.setId("portal-supervisor");
        contact.setId("portal-supervisor-contact");
        stationing.setId("portal-stationing");
        var current = grid.assignmentOf(account, account.uscc());
        assignment.setText(current.map(a -> getTranslation(
                        "portal.supervisor",
                        getTranslation("portal.gridLevel." + a.gridLevel()),
                        a.supervisor() == null ? "—" : a.supervisor()))
                .orElse(getTranslation("portal.noSupervisor")));
        riskLevel.setId("portal-risk-level");
        current.map(SupervisionAssignment::riskLevel)
                .ifPresent(r ->
                        riskLevel.setText(getTranslation("portal.riskLevel", getTranslation("gridView.risk." + r))));
        String token = grid.contactToken(account, account.uscc());
        grid.publicContact(token)
                .ifPresent(c -> contact.setText(getTranslation(
                        "portal.supervisorContact",
                        or(c.supervisorName()),
                        or(c.supervisorPhone()),
                        or(c.headName()),
                        or(c.headPhone()),
                        c.hotline())));
        contactPage.setHref("notice/contact/" + token);
        contactPage.setText(getTranslation("portal.contactPage"));
        contactPage.setTarget(AnchorTarget.BLANK);
        contactPage.setId("portal-contact-page");
        List<Stationing> now = stations.forEnterprise(account, account.uscc()).stream()
                .filter(s -> s.endedAt() == null)
                .toList();
        stationing.setText(
                now.isEmpty()
                        ? getTranslation("portal.noStationing")
                        : now.stream()
                                .map(s -> getTranslation(
                                        "portal.stationingNow",
                                        getTranslation("portal.stationing." + s.mode()),
                                        s.officials() == null ? getTranslation("portal.toBeAssigned") : s.officials(),
                                        s.location() == null ? "—" : s.location(),
                                        s.startsOn() == null ? "—" : Formats.date(s.startsOn()),
                                        s.reports()))
                                .reduce((a, b) -> a + "；" + b)
                                .orElse(""));

        question.setLabel(getTranslation("portal.consultQuestion"));
        question.setMaxLength(2000);
        question.setWidthFull();
        question.setId("portal-consult-question");
        ask.setText(getTranslation("portal.consultAsk"));
        ask.setId("portal-consult-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(e -> ask());
        ask.setEnabled(current.map(a -> a.supervisor() != null).orElse(false));
        consultations.setId("portal-consultations");
        consultations
                .addColumn(Consultation::question)
                .setHeader(getTranslation("portal.consultQuestion"))
                .setFlexGrow(2);
        consultations
                .addColumn(c -> c.answer() == null ? getTranslation("portal.consultPending") : c.answer())
                .setHeader(getTranslation("portal.consultAnswer"))
                .setFlexGrow(2);
        consultations.setAllRowsVisible(true);
        consultations.setItems(problems.consultations(account, account.uscc()));
        add(
                new H4(getTranslation("portal.supervisionTitle")),
                assignment,
                riskLevel,
                contact,
                contactPage,
                stationing,
                new H4(getTranslation("portal.consultTitle")),
                question,
                ask,
                consultations);
    }

    void ask() {
        try {
            problems.ask(account, question.getValue());
            question.clear();
            consultations.setItems(problems.consultations(account, account.uscc()));
            Feedback.success(getTranslation("portal.consultSent"));
        } catch (Refused refused) {
            question.setInvalid(true);
            question.setErrorMessage(getTranslation(refused.messageKey(), refused.getMessage()));
        }
    }

    private static Object or(Object value) {
        return value == null ? "—" : value;
    }
}
