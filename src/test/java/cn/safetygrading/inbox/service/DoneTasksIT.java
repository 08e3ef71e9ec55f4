package cn.safetygrading.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.base.time.ClockConfig;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.security.service.AccountService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 已办 against the real engine history: only the official's own completions, a task the engine closed
 * otherwise (the case deleted) is not "done", and the completion day is the application's (Asia/Shanghai).
 */
class DoneTasksIT extends IntegrationTest {

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

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @AfterEach
    void clock() {
        ClockConfig.resetToStart();
    }

    private String firstItem;

    private String reviewTask() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(own)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        var cycle = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
        var enterprise = accounts.find("enterprise").orElseThrow();
        var open = selfAssessments.open(enterprise).orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        open.checklist().items().forEach(i -> answers.put(i.id(), Answer.MET.name()));
        firstItem = open.checklist().items().get(0).id();
        selfAssessments.submit(enterprise, open.taskId(), answers, "自评完成");
        return tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .singleResult()
                .getId();
    }

    @Test
    void theCompletionDayIsTheApplicationsAndOnlyOwnCompletionsCount() {
        String review = reviewTask();
        // 16:30 UTC is already the next day in Beijing
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-10T16:30:00Z")));
        var reviewer = accounts.find("reviewer").orElseThrow();
        inbox.complete(
                reviewer,
                review,
                Map.of("reviewDecision", "RETURN", "reviewComment", "请补充材料", "returnItems", firstItem));
        ClockConfig.resetToStart();

        var beijingDay = new DoneTasks.Filter(LocalDate.parse("2026-03-11"), LocalDate.parse("2026-03-11"), null, null);
        var utcDay = new DoneTasks.Filter(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"), null, null);
        assertThat(done.page(reviewer, beijingDay, 0, 50))
                .extracting(DoneTasks.DoneTask::taskId)
                .containsExactly(review);
        assertThat(done.count(reviewer, beijingDay)).isOne();
        assertThat(done.page(reviewer, utcDay, 0, 50)).isEmpty();
        assertThat(done.page(reviewer, beijingDay, 0, 50).get(0).completed().toString())
                .startsWith("2026-03-11T00:30+08:00");

        // nobody else lists the reviewer's work, the enterprise lists nothing
        assertThat(done.page(accounts.find("manager").orElseThrow(), beijingDay, 0, 50))
                .isEmpty();
        assertThat(done.page(accounts.find("enterprise").orElseThrow(), DoneTasks.Filter.none(), 0, 50))
                .isEmpty();
    }

    @Test
    void aTaskClosedWithItsDeletedCaseIsNotDone() {
        String review = reviewTask();
        var reviewer = accounts.find("reviewer").orElseThrow();
        inbox.claim(reviewer, review);
        runtime.deleteProcessInstance(
                tasks.createTaskQuery().taskId(review).singleResult().getProcessInstanceId(), "test");
        assertThat(done.page(reviewer, DoneTasks.Filter.none(), 0, 500))
                .extracting(DoneTasks.DoneTask::taskId)
                .doesNotContain(review);
    }
}
