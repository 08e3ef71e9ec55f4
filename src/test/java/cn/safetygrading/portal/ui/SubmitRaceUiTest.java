package cn.safetygrading.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.portal.service.SelfAssessmentSubmission;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same enterprise submits its self-assessment from two tabs (issue #18): the second tab's
 * confirmation closes with "该任务已办结。" and the first submission stands alone.
 */
class SubmitRaceUiTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    AccountService accounts;

    @Autowired
    SelfAssessmentSubmission submission;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private ProcessInstance cycle;

    @BeforeEach
    void aCycleWaitsForTheEnterprise() {
        endCycles();
        cycle = runtime.startProcessInstanceByKey("grading-cycle", own, Map.of("uscc", own, "spotCheckRatio", 0.0));
    }

    @AfterEach
    void endCycles() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(own)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
    }

    @Test
    void theSecondTabsDialogClosesSayingTheTaskIsDone() {
        login("enterprise", "demo");
        navigate("enterprise");
        SelfAssessmentWizard secondTab = _get(SelfAssessmentWizard.class);
        Map<String, String> answers = new LinkedHashMap<>();
        secondTab.answers.forEach((item, group) -> {
            group.setValue(Answer.MET);
            answers.put(item, Answer.MET.name());
        });
        _click(secondTab.submit);
        Button confirm = _get(Button.class, s -> s.withId("confirm-submit"));

        // the first tab submits while the second tab's confirmation is open
        submission.submit(accounts.find("enterprise").orElseThrow(), secondTab.taskId(), answers, "", List.of());
        String review = tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .singleResult()
                .getTaskDefinitionKey();
        assertThat(review).isEqualTo("preliminaryReview");

        NotificationsKt.clearNotifications();
        _click(confirm);
        NotificationsKt.expectNotifications("该任务已办结。");
        assertThat(_find(Button.class, s -> s.withId("confirm-submit")))
                .as("the confirmation is closed")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from grading_round r join grading_case c on c.id = r.case_id"
                                + " where c.process_instance_id = ? and r.kind = 'SELF_ASSESSMENT'",
                        Long.class,
                        cycle.getId()))
                .as("one submission only")
                .isOne();
    }
}
