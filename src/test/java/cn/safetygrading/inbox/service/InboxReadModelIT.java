package cn.safetygrading.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox's read model follows every change of the engine's tasks, in the same transaction. */
class InboxReadModelIT extends IntegrationTest {

    private static final String USCC = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    InboxService inbox;

    @Autowired
    InboxQueries queries;

    @Autowired
    InboxReadModel readModel;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final Account reviewer = new Account(
            "rm-reviewer",
            "读模型审核员",
            Set.of(Role.REVIEWER),
            List.of("reviewer", "reviewer-371002"),
            "371002",
            null,
            null);
    private final Account other = new Account(
            "rm-other", "文登审核员", Set.of(Role.REVIEWER), List.of("reviewer", "reviewer-371003"), "371003", null, null);
    private String name;
    private String instanceId;

    @BeforeEach
    void start() {
        name = "读模型" + UUID.randomUUID().toString().substring(0, 8);
        instanceId = runtime.startProcessInstanceByKey(
                        "tx-probe",
                        USCC,
                        Map.of(
                                "fail",
                                false,
                                "probeId",
                                UUID.randomUUID().toString(),
                                "enterpriseName",
                                name,
                                "countyCode",
                                "371002",
                                "cityCode",
                                "371000",
                                "enterpriseClass",
                                "I"))
                .getId();
    }

    @AfterEach
    void end() {
        if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
            runtime.deleteProcessInstance(instanceId, "test done");
        }
    }

    private Task task() {
        return tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    private InboxFilter byName(InboxFilter.Show show) {
        return new InboxFilter(show, null, null, null, null, false, null, name);
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select * from inbox_task where proc_inst_id = ?", instanceId);
    }

    @Test
    void aNewTaskIsThereWithItsBusinessColumns() {
        Map<String, Object> row = row();
        assertThat(row.get("task_id")).isEqualTo(task().getId());
        assertThat(row.get("task_key")).isEqualTo("Task_Wait");
        assertThat(row.get("proc_def_key")).isEqualTo("tx-probe");
        assertThat(row.get("business_key")).isEqualTo(USCC);
        assertThat(row.get("enterprise_name")).isEqualTo(name);
        assertThat(row.get("county_code")).isEqualTo("371002");
        assertThat(row.get("city_code")).isEqualTo("371000");
        assertThat(row.get("enterprise_class")).isEqualTo("I");
        assertThat(queries.page(reviewer, byName(InboxFilter.Show.ALL), 0, 10))
                .singleElement()
                .satisfies(t -> assertThat(t.uscc()).isEqualTo(USCC));
        assertThat(queries.count(reviewer, byName(InboxFilter.Show.UNASSIGNED))).isOne();
        assertThat(queries.count(other, byName(InboxFilter.Show.ALL))).isZero();
        // the USCC's prefix finds it too; LIKE's wildcards in the text are taken literally
        assertThat(queries.count(
                        reviewer,
                        new InboxFilter(
                                InboxFilter.Show.ALL,
                                "Task_Wait",
                                "371002",
                                null,
                                "I",
                                false,
                                null,
                                USCC.substring(0, 10))))
                .isPositive();
        assertThat(queries.count(
                        reviewer, new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, false, null, "%")))
                .isZero();
    }

    @Test
    void claimsAndCandidateGroupsMoveTheTask() {
        String taskId = task().getId();
        inbox.claim(reviewer, taskId);
        assertThat(row().get("assignee")).isEqualTo("rm-reviewer");
        assertThat(queries.count(reviewer, byName(InboxFilter.Show.MINE))).isOne();
        assertThat(queries.count(reviewer, byName(InboxFilter.Show.UNASSIGNED))).isZero();
        inbox.unclaim(reviewer, taskId);
        assertThat(row().get("assignee")).isNull();

        tasks.addCandidateGroup(taskId, "reviewer-371003");
        assertThat(queries.count(other, byName(InboxFilter.Show.GROUPS))).isOne();
        tasks.deleteCandidateGroup(taskId, "reviewer-371003");
        assertThat(queries.count(other, byName(InboxFilter.Show.ALL))).isZero();
    }

    @Test
    void aChangedVariableAndASuspensionAreFollowed() {
        runtime.setVariable(instanceId, "countyCode", "371082");
        assertThat(row().get("county_code")).isEqualTo("371082");
        runtime.setVariable(instanceId, "proposedGrade", "B");
        assertThat(queries.page(reviewer, byName(InboxFilter.Show.ALL), 0, 10))
                .singleElement()
                .satisfies(t -> assertThat(t.proposedGrade()).isEqualTo("B"));
        assertThat(queries.count(
                        reviewer, new InboxFilter(InboxFilter.Show.ALL, null, "371082", null, null, false, null, name)))
                .isOne();

        runtime.suspendProcessInstanceById(instanceId);
        assertThat(queries.count(reviewer, byName(InboxFilter.Show.ALL))).isZero();
        runtime.activateProcessInstanceById(instanceId);
        assertThat(queries.count(reviewer, byName(InboxFilter.Show.ALL))).isOne();
    }

    @Test
    void aRolledBackChangeLeavesTheReadModelAsItWas() {
        String taskId = task().getId();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    tasks.claim(taskId, "rm-reviewer");
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");
        assertThat(row().get("assignee")).isNull();

        String failing = UUID.randomUUID().toString();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
                        "tx-probe", USCC, Map.of("fail", true, "probeId", failing, "enterpriseName", name)))
                .hasMessageContaining("probe failure");
        assertThat(queries.count(reviewer, byName(InboxFilter.Show.ALL))).isOne();
    }

    @Test
    void completedAndDeletedTasksLeave() {
        tasks.complete(task().getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from inbox_task where proc_inst_id = ?", Integer.class, instanceId))
                .isZero();
        start();
        runtime.deleteProcessInstance(instanceId, "withdrawn");
        assertThat(jdbc.queryForObject(
                        "select count(*) from inbox_task where proc_inst_id = ?", Integer.class, instanceId))
                .isZero();
    }

    @Test
    void reconcilingRepairsADriftedTable() {
        String taskId = task().getId();
        jdbc.update("delete from inbox_task where task_id = ?", taskId);
        jdbc.update(
                "insert into inbox_task (task_id, created, candidate_groups) values ('gone-task', now(), '{reviewer-371002}')");
        readModel.reconcile();
        assertThat(row().get("task_id")).isEqualTo(taskId);
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = 'gone-task'", Integer.class))
                .isZero();
    }
}
