package cn.safetygrading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.demo.DemoDataLoader;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine and our mappers share one DataSource and one transaction. */
class TransactionIT extends IntegrationTest {

    private static final String USCC = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailingDelegateLeavesNeitherItsRowNorTheProcessStep() {
        String probe = UUID.randomUUID().toString();
        assertThatThrownBy(() ->
                        runtime.startProcessInstanceByKey("tx-probe", USCC, Map.of("fail", true, "probeId", probe)))
                .hasMessageContaining("probe failure");
        assertThat(rows(probe)).isZero();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(USCC)
                        .processDefinitionKey("tx-probe")
                        .variableValueEquals("probeId", probe)
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .variableName("probeId")
                        .variableValueEquals("probeId", probe)
                        .count())
                .isZero();
    }

    @Test
    void aSucceedingDelegateCommitsItsRowWithTheProcessStep() {
        String probe = UUID.randomUUID().toString();
        var instance = runtime.startProcessInstanceByKey("tx-probe", USCC, Map.of("fail", false, "probeId", probe));
        assertThat(rows(probe)).isOne();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskCandidateGroup("reviewer-371002")
                        .count())
                .isOne();
        runtime.deleteProcessInstance(instance.getId(), "test done");
    }

    private int rows(String probe) {
        return jdbc.queryForObject(
                "select count(*) from enterprise_event where idempotency_key = ?", Integer.class, "tx-probe:" + probe);
    }
}
