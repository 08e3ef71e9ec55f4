package cn.safetygrading.inbox.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.inbox.service.GradingCases;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.inbox.service.InboxTask;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two officials of one department claim the same 初审 (issue #18): the one whose page is older loses,
 * is told who holds it ("该任务已被陈审核（reviewer2）签收。") and sees the inbox as it is now.
 */
class ClaimRaceUiTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    InboxService inbox;

    @Autowired
    AccountService accounts;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    cn.safetygrading.grading.service.ChecklistService checklists;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final Enterprise enterprise = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海环翠城市公交客运有限公司"))
            .findFirst()
            .orElseThrow();

    @BeforeEach
    void aReviewTaskWaitsForTheDepartment() {
        endCycles();
        if (!accounts.exists("reviewer2")) {
            accounts.create(
                    new NewAccount("reviewer2", "陈审核", "demo", Set.of(Role.REVIEWER), "371002", "环翠区应急管理局", null),
                    true);
        }
        jdbc.update(
                "update enterprise set management_level = 'COUNTY', supervising_department = '环翠区应急管理局'"
                        + " where uscc = ?",
                enterprise.uscc());
        ProcessInstance cycle = runtime.startProcessInstanceByKey(
                "grading-cycle", enterprise.uscc(), Map.of("uscc", enterprise.uscc()));
        new GradingCases(runtime, tasks, management, checklists).selfAssess(cycle);
    }

    @AfterEach
    void restoreTheDemoEnterprise() {
        endCycles();
        jdbc.update(
                "update enterprise set management_level = 'CITY', supervising_department = '威海市交通运输局'"
                        + " where uscc = ?",
                enterprise.uscc());
    }

    private void endCycles() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(enterprise.uscc())
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test done", true, true));
    }

    @Test
    void theLoserOfAClaimIsToldWhoHasItAndHisPageIsRefreshed() {
        login("reviewer", "demo");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.search.setValue("公交客运");
        InboxTask seen = _get(view.grid, 0);
        assertThat(seen.assignee()).as("the reviewer's page shows it unclaimed").isNull();

        // meanwhile a colleague's session claims it
        inbox.claim(accounts.find("reviewer2").orElseThrow(), seen.taskId());

        NotificationsKt.clearNotifications();
        view.claim(seen);
        NotificationsKt.expectNotifications("该任务已被陈审核（reviewer2）签收。");
        assertThat(_get(view.grid, 0).assignee())
                .as("the page shows the task as it is now")
                .isEqualTo("reviewer2");
        assertThat(tasks.createTaskQuery().taskId(seen.taskId()).singleResult().getAssignee())
                .isEqualTo("reviewer2");
    }
}
