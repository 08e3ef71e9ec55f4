package cn.safetygrading.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Anchor;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #15, 2 and 3: 初审, 抽查核定 and 异议处理 show the submitted checklist item by item with its evidence,
 * the reviewer's ticks fill the return's item field, and every later round opens empty, not with the
 * previous round's verdict.
 */
class ChecklistReviewPanelTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    InboxService inbox;

    @Autowired
    AccountService accounts;

    private final String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private String pid;
    private List<ChecklistItem> plain;

    @BeforeEach
    void theEnterpriseSubmits() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        pid = runtime.startProcessInstanceByKey("grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 1.0))
                .getId();
        submit("第一次自评");
    }

    private void submit(String comment) {
        Account enterprise = accounts.find("enterprise").orElseThrow();
        var open = selfAssessments.open(enterprise).orElseThrow();
        plain = open.checklist().items().stream()
                .filter(i -> !i.veto() && !i.mandatory())
                .toList();
        Map<String, String> answers = new LinkedHashMap<>();
        open.checklist().items().forEach(i -> answers.put(i.id(), Answer.MET.name()));
        answers.put(plain.get(0).id(), Answer.NOT_MET.name());
        answers.put(plain.get(1).id(), Answer.PARTIAL.name());
        if (open.evidence().isEmpty()) {
            selfAssessments.addEvidence(enterprise, open.taskId(), "自评报告.pdf", "%PDF-1.7 report".getBytes());
        }
        selfAssessments.submit(enterprise, open.taskId(), answers, comment);
    }

    private String taskOf(String key) {
        return tasks.createTaskQuery()
                .processInstanceId(pid)
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }

    private TaskView open(String user, String key) {
        login(user, "demo");
        navigate("inbox");
        navigate("tasks/" + taskOf(key));
        return _get(TaskView.class);
    }

    private static Object value(TaskView view, String key) {
        return ((HasValue<?, ?>) view.form.field(key).orElseThrow()).getValue();
    }

    private void complete(String user, String key, Map<String, Object> values) {
        inbox.complete(accounts.find(user).orElseThrow(), taskOf(key), values);
    }

    @Test
    void theReviewerSeesEveryAnswerFiltersAndTicksTheItemsToCorrect() {
        TaskView review = open("reviewer", "preliminaryReview");
        ChecklistReviewPanel panel = review.checklist;
        assertThat(panel).isNotNull();
        int all = GridKt._size(panel.items);
        assertThat(all).isGreaterThan(10);
        panel.filter.setValue(ChecklistReviewPanel.Show.NOT_MET);
        assertThat(GridKt._size(panel.items)).isOne();
        assertThat(GridKt._get(panel.items, 0).item().id())
                .isEqualTo(plain.get(0).id());
        panel.filter.setValue(ChecklistReviewPanel.Show.PARTIAL);
        assertThat(GridKt._get(panel.items, 0).item().id())
                .isEqualTo(plain.get(1).id());
        panel.filter.setValue(ChecklistReviewPanel.Show.VETO);
        assertThat(GridKt._size(panel.items)).isPositive().isLessThan(all);
        assertThat(_get(panel, Anchor.class, s -> s.withText("自评报告.pdf")).getHref())
                .startsWith("/files/evidence/");
        assertThat(_get(
                                panel,
                                com.vaadin.flow.component.html.Paragraph.class,
                                s -> s.withId("checklist-review-comment"))
                        .getText())
                .contains("第一次自评");

        // ticking items fills the return's field of item ids
        panel.filter.setValue(ChecklistReviewPanel.Show.ALL);
        // (the checkbox is a Lit template calling tick; the browser journey clicks the real one)
        assertThat(panel.items.getColumnByKey("correct")).isNotNull();
        panel.tick(GridKt._get(panel.items, 0).item().id(), true);
        assertThat(value(review, "returnItems"))
                .isEqualTo(GridKt._get(panel.items, 0).item().id());
    }

    @Test
    void theChecklistIsAListOfItemsUnlessTheWindowIsWide() {
        TaskView review = open("reviewer", "preliminaryReview");
        ChecklistReviewPanel panel = review.checklist;
        List<String> narrowHidden = List.of("id", "points", "answer");
        // (how it starts depends on the width the mocked browser reports, which tests before this one in the
        // JVM may have set: the test drives both layouts itself)
        panel.applyNarrow(true);
        assertThat(panel.narrow).isTrue();
        narrowHidden.forEach(
                key -> assertThat(panel.items.getColumnByKey(key).isVisible()).isFalse());
        // the item's cell and the tick stay; the cell carries the id, the points and the answer
        assertThat(panel.items.getColumnByKey("text").isVisible()).isTrue();
        assertThat(panel.items.getColumnByKey("correct").isVisible()).isTrue();
        // a wide window: the table with its own columns
        panel.applyNarrow(false);
        narrowHidden.forEach(
                key -> assertThat(panel.items.getColumnByKey(key).isVisible()).isTrue());
        panel.applyNarrow(true);
        narrowHidden.forEach(
                key -> assertThat(panel.items.getColumnByKey(key).isVisible()).isFalse());
    }

    @Test
    void closedSectionsOfTheCaseAreBuiltWhenOpened() {
        TaskView review = open("reviewer", "preliminaryReview");
        LazyDetails attachments = com.github.mvysny.kaributesting.v10.LocatorJ._find(review, LazyDetails.class).stream()
                .filter(d -> d.getSummaryText().equals("本案附件"))
                .findFirst()
                .orElseThrow();
        assertThat(attachments.getContent().toList()).isEmpty();
        attachments.setOpened(true);
        assertThat(attachments.getContent().toList()).isNotEmpty();
        assertThat(_get(attachments, com.vaadin.flow.component.grid.Grid.class).getId())
                .contains("task-attachments");
    }

    @Test
    void anItemsEvidenceIsShownBesideTheItemAndTheCasesApart() {
        complete(
                "reviewer",
                "preliminaryReview",
                Map.of(
                        "reviewDecision",
                        "RETURN",
                        "reviewComment",
                        "补充材料",
                        "returnItems",
                        plain.get(0).id()));
        Account enterprise = accounts.find("enterprise").orElseThrow();
        String taskId = selfAssessments.open(enterprise).orElseThrow().taskId();
        var itemFile = selfAssessments.addEvidence(
                enterprise,
                taskId,
                "整改照片.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0},
                plain.get(0).id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        selfAssessments.addEvidence(enterprise, taskId, "x.pdf", "%PDF-1.7".getBytes(), "NO-SUCH-ITEM"))
                .isInstanceOf(cn.safetygrading.base.Refused.class);
        submit("第二次自评");

        TaskView review = open("reviewer", "preliminaryReview");
        ChecklistReviewPanel panel = review.checklist;
        int row = GridKt._fetch(panel.items, 0, 500).stream()
                .map(r -> r.item().id())
                .toList()
                .indexOf(plain.get(0).id());
        // the item's own file beside it (the item's template lists itemFiles), opened where the evidence controller
        // serves it
        assertThat(row).isNotNegative();
        assertThat(panel.itemFiles(plain.get(0).id())).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("整改照片.png");
            assertThat(ChecklistReviewPanel.href(f)).isEqualTo("/files/evidence/" + itemFile.id());
        });
        // the whole case's file stays in the list apart; the item's is not repeated there
        var caseList = _get(
                panel,
                com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                s -> s.withId("checklist-review-evidence"));
        assertThat(_get(caseList, Anchor.class, s -> s.withText("自评报告.pdf"))).isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        caseList, Anchor.class, s -> s.withText("整改照片.png")))
                .isEmpty();
        String other = GridKt._fetch(panel.items, 0, 500).stream()
                .map(r -> r.item().id())
                .filter(id -> !id.equals(plain.get(0).id()))
                .findFirst()
                .orElseThrow();
        assertThat(panel.itemFiles(other)).isEmpty();
    }

    @Test
    void laterRoundsOpenEmptyNotWithThePreviousVerdict() {
        complete(
                "reviewer",
                "preliminaryReview",
                Map.of(
                        "reviewDecision",
                        "RETURN",
                        "reviewComment",
                        "补充材料",
                        "returnItems",
                        plain.get(0).id()));
        submit("第二次自评");
        TaskView second = open("reviewer", "preliminaryReview");
        assertThat(value(second, "reviewDecision")).isNull();
        assertThat(value(second, "returnItems")).isIn("", null);
        assertThat(value(second, "reviewComment")).isIn("", null);
        assertThat(second.checklist).isNotNull();
        complete("reviewer", "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));

        complete(
                "expert", "spotCheck", Map.of("verifiedGrade", "B", "falsified", false, "spotCheckComment", "第一轮核定意见"));
        objection();
        TaskView firstObjection = open("expert", "objectionReview");
        assertThat(firstObjection.checklist).isNotNull();
        complete("expert", "objectionReview", Map.of("objectionUpheld", true, "objectionDecision", "第一轮：异议成立"));

        TaskView secondCheck = open("expert", "spotCheck");
        assertThat(value(secondCheck, "spotCheckComment")).isIn("", null);
        assertThat(value(secondCheck, "verifiedGrade")).isNull();
        assertThat(secondCheck.checklist).isNotNull();
        complete("expert", "spotCheck", Map.of("verifiedGrade", "C", "falsified", false));

        objection();
        TaskView secondObjection = open("expert", "objectionReview");
        assertThat(value(secondObjection, "objectionUpheld")).isNull();
        assertThat(value(secondObjection, "objectionDecision")).isIn("", null);
    }

    private void objection() {
        runtime.createMessageCorrelation("objection-filed")
                .processInstanceBusinessKey(uscc)
                .setVariable("objectionText", "对公示等级有异议")
                .correlate();
    }
}
