package cn.safetygrading;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application starts on the embedded PostgreSQL with the engine settings an audit system needs. */
class ContextIT extends IntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Test
    void engineRunsWithProductionSettings() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(config.getIdGenerator()).isInstanceOf(StrongUuidGenerator.class);
        assertThat(config.isAuthorizationEnabled()).isTrue();
        assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(config.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(config.getHistoryTimeToLive()).isNotBlank();
        assertThat(((SpringProcessEngineConfiguration) config).isDeployChangedOnly())
                .isTrue();
    }

    @Test
    void runsOnPostgresWithOurSchemaBesideTheEngines() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        // the four districts of the demo, the three development zones (V3__weihai_region_tree) and 南海新区 (V26)
        assertThat(jdbc.queryForObject("select count(*) from region where parent_code = '371000'", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where table_name = 'act_ru_task'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void demoDataIsLoaded() {
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Integer.class))
                .isGreaterThanOrEqualTo(24);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .memberOfGroup("camunda-admin")
                        .userId("demo")
                        .count())
                .isEqualTo(1);
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .memberOfGroup("reviewer-371002")
                        .userId("reviewer")
                        .count())
                .isEqualTo(1);
        // passwords are stored hashed and salted, never in clear
        assertThat(jdbc.queryForObject("select pwd_ from act_id_user where id_ = 'demo'", String.class))
                .doesNotContain("demo");
    }

    @Test
    void healthIsUp() {
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"UP\"");
    }
}
