package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.notice.service.ObjectionService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The enterprise's portal shows its own grade, what it means, its running grading and its history. */
class EnterprisePortalViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.safetygrading.grading.service.ChecklistService checklists;

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Autowired
    ObjectionService objections;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @BeforeEach
    void clean() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(own)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", own);
    }

    @Test
    void showsTheGradeAndWhatItMeans() {
        login("enterprise", "demo");
        navigate("enterprise");
        assertThat(_get(H2.class).getText()).isEqualTo("威海环翠海鑫食品有限公司");
        assertThat(_get(Span.class, s -> s.withId("portal-grade")).getText()).isEqualTo("B");
        assertThat(_get(Span.class, s -> s.withId("portal-interval")).getText()).contains("12");
    }

    @Test
    void tracksTheRunningGrading() {
        runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        login("enterprise", "demo");
        navigate("enterprise");
        HorizontalLayout tracker = _get(HorizontalLayout.class, s -> s.withId("portal-tracker"));
        Span current = (Span) tracker.getComponentAt(0);
        assertThat(current.getText()).contains("企业自评");
        assertThat(current.getElement().getThemeList()).contains("badge", "primary");
        EnterprisePortalView view = _get(EnterprisePortalView.class);
        view.tabs.setSelectedTab(view.historyTab);
        Grid<?> cases = _get(Grid.class, s -> s.withId("portal-cases"));
        assertThat(cases.getGenericDataView().getItems().count()).isPositive();
    }

    @Test
    void theRecordFollowsThePublicNoticeAndShowsWhatWasSubmitted() {
        jdbc.update("update notice set status = 'WITHDRAWN' where uscc = ? and status = 'OPEN'", own);
        var pi = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getId(),
                cn.safetygrading.grading.ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), 83));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getId(),
                Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        String noticeEnd = jdbc.queryForObject(
                "select to_char(n.ends_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') from notice n"
                        + " join grading_case c on c.id = n.case_id where c.process_instance_id = ? and n.status = 'OPEN'",
                String.class,
                pi.getId());
        login("enterprise", "demo");
        navigate("enterprise");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("portal-where"))
                        .getText())
                .isEqualTo("拟定 B 级，公示至 " + noticeEnd);
        // what it submitted, read-only
        EnterprisePortalView view = _get(EnterprisePortalView.class);
        view.tabs.setSelectedTab(view.historyTab);
        @SuppressWarnings("unchecked")
        var submitted = (cn.safetygrading.base.ui.SummaryTable<cn.safetygrading.grading.domain.GradingRound>)
                _get(cn.safetygrading.base.ui.SummaryTable.class, s -> s.withId("portal-submissions"));
        String caseId = jdbc.queryForObject(
                "select id from grading_case where process_instance_id = ?", String.class, pi.getId());
        assertThat(submitted.getItems())
                .filteredOn(r -> r.caseId().equals(caseId))
                .singleElement()
                .satisfies(r -> assertThat(r.score())
                        .isEqualByComparingTo(jdbc.queryForObject(
                                "select self_score from grading_case where id = ?",
                                java.math.BigDecimal.class,
                                caseId)));
    }

    @Test
    void theEnterpriseAnswersAnObjectionAndTheExpertsReadIt() {
        var pi = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getId(),
                cn.safetygrading.grading.ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), 82));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getId(),
                Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        String noticeId = (String) runtime.getVariable(pi.getId(), "noticeId");
        String receipt = objections.file(noticeId, "该企业近期存在违规动火作业，请核实", "13800000000", "10.9.8.7");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo("objectionReview");

        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView view = _get(EnterprisePortalView.class);
        assertThat(view.objectionsTab.getLabel()).contains("（1）");
        view.tabs.setSelectedTab(view.objectionsTab);
        var grid = view.objectionsPanel.grid;
        var objection = grid.getListDataView()
                .getItems()
                .filter(o -> o.receiptNo().equals(receipt))
                .findFirst()
                .orElseThrow();
        assertThat(objection.text()).contains("违规动火");
        assertThat(view.objectionsPanel.send.isEnabled()).isFalse();
        grid.select(objection);
        view.objectionsPanel.reply.setValue("动火作业已办理审批，附作业票，请专家核查");
        _click(view.objectionsPanel.send);

        assertThat(jdbc.queryForObject("select reply from objection where receipt_no = ?", String.class, receipt))
                .isEqualTo("动火作业已办理审批，附作业票，请专家核查");
        assertThat(runtime.getActiveActivityIds(pi.getId())).containsExactly("objectionReview");
        assertThat(taskService().getProcessInstanceComments(pi.getId()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.getUserId()).isEqualTo("enterprise");
                    assertThat(c.getFullMessage()).contains(receipt).contains("作业票");
                });
        // the objector's contact is not part of what the enterprise reads
        assertThat(grid.getListDataView().getItems().findFirst().orElseThrow().toString())
                .doesNotContain("13800000000");
        // other enterprises and officials elsewhere see nothing of it
        var stranger = new cn.safetygrading.security.domain.Account(
                "other",
                "x",
                java.util.Set.of(cn.safetygrading.security.domain.Role.ENTERPRISE),
                java.util.List.of("enterprise"),
                null,
                null,
                "91371002MA3C00000X");
        assertThatThrownBy(() -> objections.forEnterprise(stranger, own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> objections.reply(stranger, objection.id(), "x"))
                .isInstanceOf(Refused.class);
    }

    private org.camunda.bpm.engine.TaskService taskService() {
        return tasks;
    }

    @Autowired
    cn.safetygrading.grading.service.SelfAssessmentService selfAssessments;

    @Autowired
    cn.safetygrading.security.service.AccountService accounts;

    @Test
    void theHistoryOpensEachSubmissionItemByItem() {
        var pi = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        var enterprise = accounts.find("enterprise").orElseThrow();
        var open = selfAssessments.open(enterprise).orElseThrow();
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        open.checklist().items().forEach(i -> answers.put(i.id(), "MET"));
        String partial = open.checklist().items().stream()
                .filter(i -> !i.veto() && !i.mandatory())
                .findFirst()
                .orElseThrow()
                .id();
        answers.put(partial, "PARTIAL");
        selfAssessments.submit(enterprise, open.taskId(), answers, "我们的自评说明");

        login("enterprise", "demo");
        navigate("enterprise");
        EnterprisePortalView view = _get(EnterprisePortalView.class);
        view.tabs.setSelectedTab(view.historyTab);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(
                com.vaadin.flow.component.button.Button.class,
                s -> s.withId("portal-submission-open-" + open.taskId())));
        var copy = _get(com.vaadin.flow.component.dialog.Dialog.class, s -> s.withId("portal-submission-copy"));
        var panel = _get(copy, cn.safetygrading.inbox.ui.ChecklistReviewPanel.class);
        var rows = com.github.mvysny.kaributesting.v10.GridKt._fetch(
                _get(panel, Grid.class, s -> s.withId("checklist-review-items")), 0, 500);
        assertThat(rows).hasSize(open.checklist().items().size());
        assertThat(_get(
                                panel,
                                com.vaadin.flow.component.html.Paragraph.class,
                                s -> s.withId("checklist-review-comment"))
                        .getText())
                .contains("我们的自评说明");
        // read-only: no 需补正 ticks, no inputs
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        panel, com.vaadin.flow.component.checkbox.Checkbox.class))
                .isEmpty();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isOne();
    }
}
