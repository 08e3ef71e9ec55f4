package cn.safetygrading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.service.EnterpriseRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default keeps everything across a restart and stops its PostgreSQL cleanly. */
@Tag("own-jvm")
class RestartIT {

    @Test
    void aRestartLosesNothing() {
        Path dataDir = Path.of("target/it-data/restart-" + UUID.randomUUID());
        String uscc = Uscc.complete(
                "91371083MA9" + String.format("%06d", Math.abs(UUID.randomUUID().hashCode()) % 1_000_000));
        String instanceId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            OffsetDateTime now = OffsetDateTime.now();
            first.getBean(EnterpriseRegistry.class)
                    .registerIfAbsent(
                            new Enterprise(
                                    uscc,
                                    "重启测试有限公司",
                                    null,
                                    "13",
                                    "371083",
                                    "乳山市",
                                    "II",
                                    null,
                                    "LOCAL",
                                    null,
                                    null,
                                    null,
                                    null,
                                    "ACTIVE",
                                    now,
                                    now,
                                    null),
                            "test",
                            "测试");
            instanceId = first.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(
                            "tx-probe",
                            DemoDataLoader.demoEnterpriseUscc(now),
                            Map.of("fail", false, "probeId", "restart"))
                    .getId();
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("PostgreSQL stopped with the application")
                .doesNotExist();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            // the real configuration runs the job executor (the shared test context switches it off)
            assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                                    second.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                            .getJobExecutor()
                            .isActive())
                    .isTrue();
            assertThat(jdbc.queryForObject("select name from enterprise where uscc = ?", String.class, uscc))
                    .isEqualTo("重启测试有限公司");
            assertThat(jdbc.queryForObject("select count(*) from enterprise_event where uscc = ?", Integer.class, uscc))
                    .isOne();
            assertThat(second.getBean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processInstanceId(instanceId)
                            .count())
                    .isOne();
            // demo data is loaded once, not again on restart
            assertThat(jdbc.queryForObject("select count(*) from account where user_id = 'demo'", Integer.class))
                    .isOne();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // its own engine name: the engine registry is JVM-wide, shared with the other tests' context
        return new SpringApplicationBuilder(SafetyGradingApplication.class)
                .run("--app.data-dir=" + dataDir, "--server.port=0", "--camunda.bpm.process-engine-name=restart");
    }
}
