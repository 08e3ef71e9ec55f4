package cn.safetygrading.base.ops;

import static cn.safetygrading.security.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.security.WebClient;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine as configured: CMMN off, no standalone tasks, history cleanup at night in Beijing time. */
class EngineSettingsIT extends IntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService tasks;

    @LocalServerPort
    int port;

    @Test
    void historyCleanupRunsFromOneToFiveInTheMorningBeijingTime() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0800");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0800");
        var start = OffsetDateTime.ofInstant(
                config.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant(), ZoneId.of("Asia/Shanghai"));
        assertThat(start.getHour()).isEqualTo(1);
        assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(config.getHistoryTimeToLive()).isEqualTo("P3650D");
    }

    @Test
    void noCmmnAndNoTaskOutsideAProcess() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.isCmmnEnabled()).isFalse();
        assertThat(config.isStandaloneTasksEnabled()).isFalse();
        long before = tasks.createTaskQuery().count();
        var created = new WebClient(port)
                .post(
                        "/engine-rest/task/create",
                        "application/json",
                        "{\"id\":\"standalone-attack\",\"name\":\"x\",\"assignee\":\"demo\"}",
                        "Authorization",
                        basic("demo", "demo"));
        assertThat(created.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId("standalone-attack").count()).isZero();
        assertThat(tasks.createTaskQuery().count()).isEqualTo(before);
    }
}
