package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.RiskRemarks;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.persistence.LedgerMapper;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo ledger keeps the ledger's rules: class from the features by the decision, 备注 listing them. */
class DemoDataIT extends IntegrationTest {

    @Autowired
    LedgerMapper ledger;

    @Autowired
    ClassificationService classification;

    @Test
    void everyDemoEnterpriseIsClassifiedByItsFeatures() {
        for (Enterprise demo : DemoDataLoader.enterprises(OffsetDateTime.now())) {
            LedgerRecord stored = ledger.find(Scope.all(), demo.uscc()).orElseThrow();
            assertThat(stored.enterpriseClass()).as(demo.name()).isEqualTo(demo.enterpriseClass());
            assertThat(classification.decide(stored.features())).as(demo.name()).isEqualTo(stored.enterpriseClass());
            if ("I".equals(stored.enterpriseClass())) {
                assertThat(stored.remark()).isEqualTo(RiskRemarks.format(stored.features()));
            }
            assertThat(stored.supervisingDepartment()).as(demo.name()).isNotBlank();
            assertThat(stored.industryName()).isNotBlank();
        }
    }

    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void demoGradesOfClassOneCAndDStartStationedSupervisionAsAGradingWould() {
        var stationedGrades = java.util.Set.of("C", "D");
        int stationed = 0;
        for (Enterprise demo : DemoDataLoader.enterprises(OffsetDateTime.now())) {
            if (!"I".equals(demo.enterpriseClass())
                    || demo.grade() == null
                    || !stationedGrades.contains(demo.grade())) {
                continue;
            }
            var stored = jdbc.queryForMap(
                    "select grade, stationing, inspection_interval_months from enterprise where uscc = ?", demo.uscc());
            if (!demo.grade().equals(stored.get("grade"))) {
                continue; // another test of the shared database has graded it since: its grading decides
            }
            assertThat(stored.get("stationing")).as(demo.name()).isEqualTo("STATIONED");
            assertThat(stored.get("inspection_interval_months")).as(demo.name()).isNotNull();
            // started when the demo was loaded (other tests of the shared database may have ended it since)
            assertThat(history.createHistoricProcessInstanceQuery()
                            .processDefinitionKey("stationed-supervision")
                            .processInstanceBusinessKey(demo.uscc())
                            .count())
                    .as(demo.name())
                    .isPositive();
            stationed++;
        }
        assertThat(stationed).isGreaterThan(0);
    }
}
