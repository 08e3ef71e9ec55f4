package cn.safetygrading.portal.ui;

import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.consequence.service.GradeStreaks;
import cn.safetygrading.document.ui.DocumentButtons;
import cn.safetygrading.document.ui.DocumentsSection;
import cn.safetygrading.grading.domain.CycleStatus;
import cn.safetygrading.grading.domain.GradeAdjustment;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.service.Decisions;
import cn.safetygrading.grading.service.GradingQueries;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.grading.ui.GradingHistoryGrid;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.Grade;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.ui.EnterpriseFilePanel;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.service.NoticeService;
import cn.safetygrading.notice.service.ObjectionService;
import cn.safetygrading.portal.service.SelfAssessmentSubmission;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.CurrentAccount;
import cn.safetygrading.supervision.service.HazardService;
import cn.safetygrading.supervision.service.InspectionService;
import cn.safetygrading.supervision.service.StationingService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import cn.safetygrading.supervision.service.SupervisionProblemService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;

/**
 * {@code /enterprise}: the enterprise's own file and nothing else — its grade and what it means,
 * where its running grading stands, its grading history and its enterprise file.
 */
@Route("enterprise")
@Menu(order = 0, icon = "vaadin:factory", title = "nav.enterprise")
@RolesAllowed(Role.ENTERPRISE_NAME)
public class EnterprisePortalView extends VerticalLayout implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    Tab historyTab;
    Tab objectionsTab;
    Tab hazardsTab;
    HazardsPanel hazardsPanel;
    Tab ordersTab;
    Tab supervisionTab;
    SupervisionPanel supervisionPanel;
    OrdersPanel ordersPanel;
    ObjectionsPanel objectionsPanel;

    public EnterprisePortalView(
            LedgerService ledger,
            GradingQueries gradings,
            Decisions decisions,
            SelfAssessmentService selfAssessments,
            SelfAssessmentSubmission submission,
            ObjectionService objections,
            HazardService hazards,
            InspectionService inspections,
            SupervisionGridService supervisionGrid,
            StationingService stationing,
            SupervisionProblemService supervisionProblems,
            Clock clock,
            CurrentAccount current,
            NoticeService notices,
            GradeStreaks streaks,
            DocumentsSection documents,
            DocumentButtons documentButtons) {
        Account account = current.require();
        setSizeFull();
        ledger.find(account, account.uscc())
                .ifPresentOrElse(
                        e -> {
                            add(gradeSummary(e, decisions, streaks));
                            // a grading whose grade is set is over, even while its process winds down
                            gradings.running(account, e.uscc())
                                    .ifPresent(status -> gradings.caseOf(account, status.processInstanceId())
                                            .filter(c -> c.finalGrade() == null && c.finishedAt() == null)
                                            .ifPresent(c -> add(tracker(
                                                    status,
                                                    notices.openForCase(c.id()).orElse(null)))));
                            tabs.setId("portal-tabs");
                            tabs.setWidthFull();
                            selfAssessments
                                    .open(account)
                                    .ifPresent(task -> tabs.add(
                                            getTranslation("portal.selfAssessment"),
                                            new SelfAssessmentWizard(
                                                    selfAssessments,
                                                    submission,
                                                    task,
                                                    account,
                                                    // the portal as it is now, built again on the server: a
                                                    // browser reload would drop the sentence just shown
                                                    // ("已提交", "该任务已办结。")
                                                    () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)))));
                            tabs.add(getTranslation("portal.file"), new EnterpriseFilePanel(ledger, account, e));
                            historyTab = tabs.add(
                                    getTranslation("portal.history"),
                                    history(gradings, account, e.uscc(), selfAssessments));
                            tabs.add(
                                    getTranslation(DocumentsSection.TITLE_KEY),
                                    documents.create(account, e)); // 分级结果告知书 to print
                            objectionsPanel = new ObjectionsPanel(objections, account);
                            long open = objectionsPanel
                                    .grid
                                    .getListDataView()
                                    .getItems()
                                    .filter(o -> o.open())
                                    .count();
                            hazardsPanel = new HazardsPanel(hazards, account, clock);
                            hazardsTab = tabs.add(getTranslation("hazard.tab"), hazardsPanel);
                            supervisionPanel =
                                    new SupervisionPanel(supervisionGrid, stationing, supervisionProblems, account);
                            supervisionTab = tabs.add(getTranslation("portal.supervisionTitle"), supervisionPanel);
                            ordersPanel = new OrdersPanel(inspections, account, documentButtons);
                            long openOrders = ordersPanel.openCount();
                            ordersTab = tabs.add(
                                    getTranslation("inspection.orders")
                                            + (openOrders > 0 ? "（" + openOrders + "）" : ""),
                                    ordersPanel);
                            objectionsTab = tabs.add(
                                    getTranslation("portal.objections") + (open > 0 ? "（" + open + "）" : ""),
                                    objectionsPanel);
                            add(tabs);
                            setFlexGrow(1, tabs);
                        },
                        () -> add(new Paragraph(getTranslation("enterprise.unbound"))));
    }

    private Component gradeSummary(Enterprise e, Decisions decisions, GradeStreaks streaks) {
        Span grade = new Span(e.grade() == null ? getTranslation("grade.none") : e.grade());
        grade.setId("portal-grade");
        grade.getStyle().set("font-size", "2.5em").set("font-weight", "700");
        VerticalLayout meaning = new VerticalLayout();
        meaning.setPadding(false);
        meaning.setSpacing(false);
        meaning.add(new Span(getTranslation("ledger.class") + "："
                + (e.enterpriseClass() == null ? "" : getTranslation("class." + e.enterpriseClass()))));
        Map<String, Object> measures =
                decisions.supervisionMeasures(e.enterpriseClass(), e.grade()).orElse(Map.of());
        if (!measures.isEmpty()) {
            Span interval =
                    new Span(getTranslation("portal.inspectionInterval", measures.get("inspectionIntervalMonths")));
            interval.setId("portal-interval");
            meaning.add(interval, new Span(getTranslation("portal.stationing." + measures.get("stationing"))));
        }
        if (e.grade() != null) {
            meaning.add(new Span(getTranslation("portal.meaning." + e.grade())));
        }
        if (Grade.A.is(e.grade()) && streaks.hasConsecutiveHigh(e.uscc())) { // seed 000: consecutive high grades only
            Span incentives = new Span(getTranslation("consequence.incentives"));
            incentives.setId("portal-incentives");
            meaning.add(incentives);
        }
        HorizontalLayout summary = new HorizontalLayout(grade, meaning);
        summary.setAlignItems(Alignment.CENTER);
        summary.setWidthFull();
        summary.getStyle().set("flex-wrap", "wrap");
        return summary;
    }

    /** Where the running grading stands; what it says of the notice is the public notice's own record. */
    private Component tracker(CycleStatus status, Notice notice) {
        HorizontalLayout steps = new HorizontalLayout();
        steps.setId("portal-tracker");
        // on a phone the five steps wrap onto a second line instead of running off the screen
        steps.getStyle().set("flex-wrap", "wrap").set("row-gap", "var(--lumo-space-xs)");
        steps.setWidthFull();
        for (int i = 0; i < status.steps().size(); i++) {
            Span step = new Span(
                    (i + 1) + ". " + getTranslation(status.steps().get(i).portalLabelKey()));
            step.getElement()
                    .getThemeList()
                    .add(
                            i == status.currentStep()
                                    ? "badge primary"
                                    : i < status.currentStep() ? "badge success" : "badge contrast");
            steps.add(step);
        }
        Div where = new Div();
        if (status.holder() != null) {
            where.setText(getTranslation("portal.holder." + status.holder())
                    + (status.due() == null ? "" : "，" + getTranslation("portal.due", Formats.date(status.due()))));
        } else if (notice != null) {
            where.setText(getTranslation("portal.onNotice", notice.grade(), Formats.date(notice.endsAt())));
        }
        where.setId("portal-where");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("portal.running")), steps, where);
        box.setPadding(false);
        box.setWidthFull();
        return box;
    }

    private Component history(
            GradingQueries gradings, Account account, String uscc, SelfAssessmentService selfAssessments) {
        Grid<GradingCase> cases = new GradingHistoryGrid(gradings.cases(account, uscc));
        cases.setId("portal-cases");
        Grid<GradeAdjustment> adjustments = new Grid<>(GradeAdjustment.class, false);
        adjustments.setId("portal-adjustments");
        adjustments
                .addColumn(a -> Formats.date(a.occurredAt()))
                .setHeader(getTranslation("portal.date"))
                .setAutoWidth(true);
        adjustments
                .addColumn(a -> getTranslation("adjustment." + a.event()))
                .setHeader(getTranslation("portal.event"))
                .setAutoWidth(true);
        adjustments
                .addColumn(a -> (a.previousGrade() == null ? "—" : a.previousGrade()) + " → " + a.newGrade())
                .setHeader(getTranslation("portal.change"))
                .setAutoWidth(true);
        adjustments
                .addColumn(GradeAdjustment::note)
                .setHeader(getTranslation("portal.note"))
                .setFlexGrow(1);
        adjustments.setItems(gradings.adjustments(account, uscc));
        adjustments.setAllRowsVisible(true);
        // a read-only copy of what the enterprise submitted, round by round, newest grading first
        cn.safetygrading.base.ui.SummaryTable<GradingRound> submitted = new cn.safetygrading.base.ui.SummaryTable<>();
        submitted.setId("portal-submissions");
        submitted.addShortColumn(getTranslation("portal.date"), r -> Formats.dateTime(r.decidedAt()));
        submitted.addShortColumn(
                getTranslation("portal.submissionRound"), r -> getTranslation("portal.submissionNth", r.round()));
        submitted.addShortColumn(
                getTranslation("portal.score"),
                r -> r.score() == null ? "" : r.score().stripTrailingZeros().toPlainString());
        submitted.addColumn(getTranslation("portal.note"), r -> r.comment() == null ? "" : r.comment());
        submitted.setEmptyText(getTranslation("portal.noSubmissions"));
        submitted.setItems(gradings.cases(account, uscc).stream()
                .flatMap(c -> gradings.rounds(account, c).stream().filter(r -> r.kind() == RoundKind.SELF_ASSESSMENT))
                .toList());
        VerticalLayout box = new VerticalLayout(
                new H3(getTranslation("portal.gradings")),
                cases,
                new H3(getTranslation("portal.submissions")),
                submitted,
                new SubmissionCopies(gradings, selfAssessments, account, uscc),
                new H3(getTranslation("portal.adjustments")),
                adjustments);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.enterprise");
    }
}
