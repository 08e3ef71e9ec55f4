package cn.safetygrading.grading.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.ui.UiTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.grading.service.LookBackService.Candidate;
import cn.safetygrading.inbox.ui.TaskView;
import cn.safetygrading.ledger.ui.EnterpriseFileView;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The paths officials walk by page (issue #14): the file's tab 定级 starts a department diagnosis, the
 * task page shows its checklist and completes it; the look-back's actions start gradings for a selection.
 */
class GradingPathsViewTest extends UiTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AccountService accounts;

    private final String uscc = uscc("威海顺达冷链物流有限公司");

    private static String uscc(String name) {
        return DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow()
                .uscc();
    }

    /** Before and after: no process of the demo enterprise left running, for this test and the next. */
    @BeforeEach
    @AfterEach
    void clean() {
        end(uscc);
    }

    private void end(String enterprise) {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(enterprise)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
    }

    private GradingSection.Panel openGradingTab(String user) {
        login(user, "demo");
        navigate("ledger/" + uscc);
        _get(EnterpriseFileView.class);
        TabSheet sheet = _get(TabSheet.class, q -> q.withId("enterprise-file-tabs"));
        sheet.setSelectedTab(_get(Tab.class, q -> q.withLabel("定级")));
        return _get(GradingSection.Panel.class);
    }

    @Test
    void theReviewerStartsADiagnosisFromTheFileAndCompletesItsChecklistOnTheTaskPage() {
        GradingSection.Panel panel = openGradingTab("reviewer");
        assertThat(panel.state.getText()).isEqualTo("该企业目前没有进行中的分级评定。");
        _click(panel.diagnose);
        _click(panel.confirm);
        assertThat(panel.reason.isInvalid()).as("a reason is required").isTrue();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(uscc)
                        .count())
                .isZero();
        panel.reason.setValue("部门组织诊断：冷库改造后复核");
        _click(panel.confirm);
        assertThat(panel.state.getText()).isEqualTo("该企业有分级评定正在进行。");
        assertThat(panel.history.getItems()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(GradingRequestKind.DIAGNOSIS);
            assertThat(r.requestedBy()).isEqualTo("reviewer");
        });
        // a second one while it runs: the sentence, nothing started
        _click(panel.regrade);
        panel.reason.setValue("企业申请");
        _click(panel.confirm);
        assertThat(panel.reason.getErrorMessage()).contains("已有分级评定正在进行");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(uscc)
                        .count())
                .isOne();

        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(uscc)
                .taskDefinitionKey("departmentDiagnosis")
                .singleResult();
        navigate("tasks/" + task.getId());
        TaskView view = _get(TaskView.class);
        DiagnosisChecklist checklist = _get(DiagnosisChecklist.class);
        assertThat(checklist.answers).isNotEmpty();
        // not every item answered: refused on the page, the task stays
        checklist.answers.values().iterator().next().setValue(Answer.MET);
        _click(_get(Button.class, s -> s.withId("complete-task")));
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(text(n)).contains("未作答"));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();

        checklist.answers.values().forEach(g -> g.setValue(Answer.MET));
        assertThat(checklist.score.getText()).contains("100");
        _click(_get(Button.class, s -> s.withId("complete-task")));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(jdbc.queryForObject(
                        "select self_score from grading_case where process_instance_id = ?",
                        Double.class,
                        task.getProcessInstanceId()))
                .isEqualTo(100.0);
        assertThat(view).isNotNull();
    }

    @Test
    void anExpertSeesTheTabWithoutTheButtons() {
        GradingSection.Panel panel = openGradingTab("expert");
        assertThat(panel.diagnose).isNull();
        assertThat(_find(Button.class, s -> s.withId("start-diagnosis"))).isEmpty();
    }

    @Test
    void theLookBackStartsGradingsForTheSelection() {
        List<String> rushan =
                jdbc.queryForList("select uscc from enterprise where region_code = '371083'", String.class).stream()
                        .map(String::strip)
                        .toList();
        rushan.forEach(this::end);
        if (accounts.find("rsview").isEmpty()) {
            accounts.create(
                    new NewAccount("rsview", "钱经理", "demo", Set.of(Role.MANAGER), "371083", "乳山市应急管理局", null), true);
        }
        OffsetDateTime now = OffsetDateTime.now();
        Campaign campaign = campaigns.launch(
                accounts.find("manager").orElseThrow(),
                new NewCampaign(
                        "回头看页面测试",
                        "371083",
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        BigDecimal.ZERO,
                        "P7D"));
        runJobs(campaign.processInstanceId());
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        runJobs(campaign.processInstanceId());
        Task lookBack = tasks.createTaskQuery()
                .processInstanceId(campaign.processInstanceId())
                .taskDefinitionKey("lookBack")
                .singleResult();
        String chosen = uscc("乳山市华鑫塑料制品有限公司");
        end(chosen);

        login("rsview", "demo");
        navigate("tasks/" + lookBack.getId());
        LookBackActions actions = _get(LookBackActions.class);
        List<Candidate> listed = actions.candidates.getListDataView().getItems().toList();
        assertThat(listed).extracting(Candidate::uscc).contains(chosen);
        _click(actions.start);
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(text(n)).contains("勾选"));
        actions.candidates.select(
                listed.stream().filter(c -> c.uscc().equals(chosen)).findFirst().orElseThrow());
        actions.kind.setValue(GradingRequestKind.DIAGNOSIS);
        actions.reason.setValue("回头看：未申报，由部门诊断定级");
        _click(actions.start);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(chosen)
                        .taskDefinitionKey("departmentDiagnosis")
                        .count())
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select origin from grading_request where uscc = ? and campaign_id = ?",
                        String.class,
                        chosen,
                        campaign.id()))
                .isEqualTo("LOOK_BACK");
        assertThat(actions.candidates
                        .getListDataView()
                        .getItems()
                        .filter(c -> c.uscc().equals(chosen))
                        .findFirst()
                        .orElseThrow()
                        .started())
                .isTrue();
    }

    private static String text(com.vaadin.flow.component.notification.Notification n) {
        String property = n.getElement().getProperty("text");
        return (property == null ? "" : property) + n.getElement().getTextRecursively();
    }

    private void runJobs(String processInstanceId) {
        for (int i = 0; i < 100; i++) {
            List<Job> due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
