package cn.safetygrading.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.inbox.service.DoneTasks;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 已办: the official finds the tasks they completed, by date, type and enterprise, and opens the enterprise's file. */
class DoneViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    AccountService accounts;

    @Autowired
    InboxService inbox;

    @Autowired
    DoneTasks done;

    @Autowired
    Clock clock;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private String reviewTaskId;

    @BeforeEach
    void theReviewerReturnedASelfAssessment() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(own)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        var cycle = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        var enterprise = accounts.find("enterprise").orElseThrow();
        var open = selfAssessments.open(enterprise).orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        open.checklist().items().forEach(i -> answers.put(i.id(), Answer.MET.name()));
        selfAssessments.submit(enterprise, open.taskId(), answers, "自评完成");
        reviewTaskId = tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .singleResult()
                .getId();
        inbox.complete(
                accounts.find("reviewer").orElseThrow(),
                reviewTaskId,
                Map.of(
                        "reviewDecision",
                        "RETURN",
                        "reviewComment",
                        "请补充材料",
                        "returnItems",
                        answers.keySet().iterator().next()));
    }

    @Test
    void theReviewerFindsWhatTheyCompletedAndOpensTheFile() {
        login("reviewer", "demo");
        navigate("done");
        DoneView view = _get(DoneView.class);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .contains(reviewTaskId);
        var row = GridKt._fetch(view.grid, 0, 500).stream()
                .filter(t -> t.taskId().equals(reviewTaskId))
                .findFirst()
                .orElseThrow();
        assertThat(row.uscc()).isEqualTo(own);
        assertThat(row.taskKey()).isEqualTo("preliminaryReview");
        int index = GridKt._fetch(view.grid, 0, 500).indexOf(row);
        var link = (com.vaadin.flow.component.html.Anchor) GridKt._getCellComponent(view.grid, index, "enterprise");
        assertThat(link.getHref()).startsWith("ledger/" + own);
        assertThat(link.getText()).isEqualTo(row.enterpriseName()).isNotBlank();
        assertThat(GridKt._getFormattedRow(view.grid, index)).contains("初审");
        assertThat(view.count.getText()).startsWith("共 ");

        // by enterprise: its name or USCC keeps it, another text drops it
        view.enterprise.setValue(own);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .contains(reviewTaskId)
                .allSatisfy(id -> assertThat(GridKt._fetch(view.grid, 0, 500)).allMatch(t -> own.equals(t.uscc())));
        view.enterprise.setValue(row.enterpriseName());
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .contains(reviewTaskId);
        view.enterprise.setValue("没有这家企业");
        assertThat(GridKt._size(view.grid)).isZero();
        view.enterprise.setValue("");

        // by type
        view.taskKey.setValue("spotCheck");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .doesNotContain(reviewTaskId);
        view.taskKey.setValue("preliminaryReview");
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .contains(reviewTaskId);

        // by completion date, days of the application's zone
        LocalDate today = LocalDate.now(clock);
        view.from.setValue(today);
        view.to.setValue(today);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .contains(reviewTaskId);
        view.from.setValue(today.plusDays(1));
        view.to.setValue(today.plusDays(1));
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void nobodyElseSeesTheReviewersWork() {
        login("manager", "demo");
        navigate("done");
        DoneView view = _get(DoneView.class);
        assertThat(GridKt._fetch(view.grid, 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .doesNotContain(reviewTaskId);
        assertThat(done.page(accounts.find("enterprise").orElseThrow(), DoneTasks.Filter.none(), 0, 50))
                .isEmpty();
        assertThat(done.page(accounts.find("reviewer").orElseThrow(), DoneTasks.Filter.none(), 0, 50))
                .extracting(DoneTasks.DoneTask::taskId)
                .contains(reviewTaskId);
    }
}
