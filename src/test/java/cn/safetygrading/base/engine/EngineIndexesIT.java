package cn.safetygrading.base.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Our indexes on the engine's tables: the job executor's acquisition by due date (the settings, the index, every
 * new job with a due date), the locked-exclusive-job check and the subtask lookup of an ending task, each usable by
 * the planner for the engine's own query.
 */
class EngineIndexesIT extends IntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEngineAcquiresByDueDateFromAnIndexAndSkipsRevokeChecks() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(config.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(config.getAuthorizationCheckRevokes()).isEqualTo("never");
        assertThat(jdbc.queryForObject(
                        "select indexdef from pg_indexes where indexname = ?",
                        String.class,
                        EngineIndexes.JOB_DUE_DATE))
                .containsIgnoringCase("act_ru_job")
                .containsIgnoringCase("duedate_");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null", Long.class))
                .isZero();
    }

    @Test
    void theSubtaskLookupOfAnEndingTaskAndTheExclusiveJobCheckReadAnIndexNotTheTable() {
        // with the planner told to avoid whole-table reads where it can, the engine's queries must find our indexes
        assertThat(plan("select * from act_ru_task where parent_task_id_ = 'x'"))
                .contains(EngineIndexes.TASK_PARENT);
        assertThat(plan("select * from act_ru_job j2 where j2.process_instance_id_ = 'x' and j2.exclusive_ = true"
                        + " and (j2.lock_owner_ is not null and j2.lock_exp_time_ >= now())"))
                .contains(EngineIndexes.JOB_LOCKED_EXCLUSIVE);
    }

    private String plan(String query) {
        return jdbc.execute((java.sql.Connection c) -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("set local enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (java.sql.ResultSet r = s.executeQuery("explain " + query)) {
                    while (r.next()) {
                        plan.append(r.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        });
    }

    @Test
    void anAsynchronousContinuationGetsADueDateSoTheAcquisitionFindsIt() {
        RepositoryService repository = engine.getRepositoryService();
        repository
                .createDeployment()
                .addModelInstance(
                        "job-acquisition-probe.bpmn",
                        Bpmn.createExecutableProcess("job-acquisition-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .camundaAsyncAfter()
                                .endEvent()
                                .done())
                .deploy();
        RuntimeService runtime = engine.getRuntimeService();
        String id = runtime.startProcessInstanceByKey("job-acquisition-probe").getId();
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(id).singleResult();

        assertThat(job.getDuedate()).isNotNull();
        management.executeJob(job.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count())
                .isZero();
    }
}
