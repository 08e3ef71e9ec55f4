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

/** The job executor's acquisition by due date: the settings, the index, every new job with a due date. */
class JobAcquisitionIndexIT extends IntegrationTest {

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
                        "select indexdef from pg_indexes where indexname = ?", String.class, JobAcquisitionIndex.INDEX))
                .containsIgnoringCase("act_ru_job")
                .containsIgnoringCase("duedate_");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null", Long.class))
                .isZero();
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
