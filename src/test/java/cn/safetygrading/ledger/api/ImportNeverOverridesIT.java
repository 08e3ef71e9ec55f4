package cn.safetygrading.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.ledger.service.GradeBook;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Domain §11: the ledger import never overrides a process. Issue #12: a one-row import by a county
 * reviewer turned the grade a grading had decided (A) into D.
 */
class ImportNeverOverridesIT extends IntegrationTest {

    private static final List<String> HEADER = List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "分级", "备注");

    @Autowired
    TestRestTemplate http;

    @Autowired
    GradeBook gradeBook;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Test
    void aGradeAProcessDecidedIsNotChangedByAnImport() {
        String uscc = LedgerFiles.uscc("371002", "NR");
        byte[] census = LedgerFiles.withHeader(HEADER)
                .row("威海定级化工有限公司", uscc, "26", "Ⅱ", "", "")
                .csv();
        assertThat(LedgerApi.importFile(http, "reviewer", census, "起底.csv", null)
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(1);
        // the grading cycle decides A (as Task_ApplyGrade writes it)
        gradeBook.writeGrade(uscc, "A", 24, "NONE", "GRADED", "expert", "定级为 A 级", null, "graded:test-" + uscc);

        byte[] downgrade = LedgerFiles.withHeader(HEADER)
                .row("威海定级化工有限公司", uscc, "26", "Ⅱ", "D", "")
                .csv();
        JsonNode body = LedgerApi.importFile(http, "reviewer", downgrade, "改级.csv", null)
                .body();

        assertThat(body.get("updated").asInt()).as(body.toString()).isZero();
        assertThat(body.get("rejected")).hasSize(1);
        assertThat(body.get("rejected").get(0).get("field").asText()).isEqualTo("分级");
        assertThat(body.get("rejected").get(0).get("message").asText())
                .isEqualTo("该企业已经分级评定（现为 A 级），台账导入不能改为 D 级：分级只能通过分级评定或等级调整变更");
        assertThat(LedgerApi.get(http, "reviewer", "/api/enterprises/" + uscc)
                        .body()
                        .get("grade")
                        .asText())
                .isEqualTo("A");

        byte[] same = LedgerFiles.withHeader(HEADER)
                .row("威海定级化工有限公司", uscc, "26", "Ⅱ", "A", "")
                .csv();
        JsonNode again =
                LedgerApi.importFile(http, "reviewer", same, "同级.csv", null).body();
        assertThat(again.get("rejected")).as(again.toString()).isEmpty();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void aRunningGradingCaseAlsoKeepsTheImportOff() {
        String uscc = LedgerFiles.uscc("371002", "NR");
        byte[] census = LedgerFiles.withHeader(HEADER)
                .row("威海在评有限公司", uscc, "13", "Ⅱ", "B", "")
                .csv();
        assertThat(LedgerApi.importFile(http, "reviewer", census, "起底.csv", null)
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(1);
        jdbc.update("""
                insert into grading_case (id, process_instance_id, uscc, trigger, region_code, step, started_at)
                values (?, ?, ?, 'DEPARTMENT', '371002', 'selfAssessment', now())""", "case-" + uscc, "pi-" + uscc, uscc);

        byte[] change = LedgerFiles.withHeader(HEADER)
                .row("威海在评有限公司", uscc, "13", "Ⅱ", "C", "")
                .csv();
        JsonNode body =
                LedgerApi.importFile(http, "reviewer", change, "改级.csv", null).body();

        assertThat(body.get("rejected")).as(body.toString()).hasSize(1);
        assertThat(body.get("rejected").get(0).get("field").asText()).isEqualTo("分级");
        assertThat(LedgerApi.get(http, "reviewer", "/api/enterprises/" + uscc)
                        .body()
                        .get("grade")
                        .asText())
                .isEqualTo("B");
    }

    /** 起底: a grade the import sets on a never-graded enterprise may change, and starts the measures of supervision-measures. */
    @Test
    void aCensusGradeStartsTheSupervisionMeasures() {
        String uscc = LedgerFiles.uscc("371002", "NR");
        byte[] census = LedgerFiles.withHeader(HEADER)
                .row("威海起底危化有限公司", uscc, "26", "Ⅰ", "B", "危险物品的生产、经营、储存、装卸")
                .csv();
        assertThat(LedgerApi.importFile(http, "reviewer", census, "起底.csv", null)
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(1);
        assertThat(measures(uscc))
                .containsEntry("inspection_interval_months", 6)
                .containsEntry("stationing", "ROVING");

        byte[] regraded = LedgerFiles.withHeader(HEADER)
                .row("威海起底危化有限公司", uscc, "26", "Ⅰ", "D", "危险物品的生产、经营、储存、装卸")
                .csv();
        JsonNode body =
                LedgerApi.importFile(http, "reviewer", regraded, "起底.csv", null).body();
        assertThat(body.get("updated").asInt()).as(body.toString()).isEqualTo(1);
        assertThat(measures(uscc))
                .containsEntry("inspection_interval_months", 3)
                .containsEntry("stationing", "STATIONED");
        // stationing follows the grade as it follows a graded one (StationingService)
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(uscc)
                        .active()
                        .list())
                .extracting(pi -> runtime.getVariable(pi.getId(), "stationing"))
                .contains("STATIONED");
        assertThat(jdbc.queryForObject("select graded_at is null from enterprise where uscc = ?", Boolean.class, uscc))
                .isTrue();
    }

    private Map<String, Object> measures(String uscc) {
        return jdbc.queryForMap("select inspection_interval_months, stationing from enterprise where uscc = ?", uscc);
    }
}
