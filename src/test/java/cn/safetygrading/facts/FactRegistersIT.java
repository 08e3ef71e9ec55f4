package cn.safetygrading.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.facts.service.CreditMeasures;
import cn.safetygrading.grading.service.GradingFacts;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14 registers through {@code /api} (contract.md): who may record (the owning department and
 * managers; an enterprise 403; another department 404), the 400 that names the field, and the
 * decisions reading the day a fact happened, not the day it was typed.
 */
class FactRegistersIT extends IntegrationTest {

    private static final List<String> HEADER =
            List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "分级", "监管分级", "直接监管责任部门", "备注");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GradingFacts gradingFacts;

    @Autowired
    Clock clock;

    @Autowired
    CreditMeasures creditMeasures;

    private String enterprise(String name) {
        String uscc = LedgerFiles.uscc("371002", "FR");
        byte[] census = LedgerFiles.withHeader(HEADER)
                .row(name, uscc, "13", "Ⅱ", "B", "区市级", "环翠区应急管理局", "")
                .csv();
        JsonNode body =
                LedgerApi.importFile(http, "reviewer", census, "事实.csv", null).body();
        assertThat(body.get("imported").asInt()).as(body.toString()).isEqualTo(1);
        return uscc;
    }

    private LedgerApi.Response send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(
                http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class));
    }

    private Map<String, Object> accident(LocalDate on, int deaths) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("occurredOn", on.toString());
        body.put("level", "MINOR");
        body.put("deaths", deaths);
        body.put("seriousInjuries", 0);
        body.put("minorInjuries", 1);
        body.put("liability", false);
        body.put("concealed", false);
        body.put("description", "机械伤害");
        return body;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The registers' own columns come back as their types (they travel as one JSON object from the mapper). */
    @Test
    void anEntryComesBackWithTheTypesItWasRecordedWith() {
        String uscc = enterprise("威海事实类型有限公司");
        String base = "/api/enterprises/" + uscc;
        Map<String, Object> accident = accident(today().minusDays(4), 2);
        accident.put("liability", true);
        assertThat(send("reviewer", HttpMethod.POST, base + "/accidents", accident)
                        .status())
                .isEqualTo(201);
        assertThat(send(
                                "reviewer",
                                HttpMethod.POST,
                                base + "/penalties",
                                Map.of(
                                        "decidedOn",
                                        today().minusDays(2).toString(),
                                        "documentNo",
                                        "威环应急罚〔2026〕9号",
                                        "amount",
                                        12345.67))
                        .status())
                .isEqualTo(201);

        JsonNode entry = send("reviewer", HttpMethod.GET, base + "/accidents", null)
                .body()
                .get(0);
        JsonNode fields = entry.get("fields");
        assertThat(fields.get("occurredOn").asText())
                .isEqualTo(today().minusDays(4).toString());
        assertThat(fields.get("deaths").isInt()).isTrue();
        assertThat(fields.get("deaths").asInt()).isEqualTo(2);
        assertThat(fields.get("liability").isBoolean()).isTrue();
        assertThat(fields.get("liability").asBoolean()).isTrue();
        assertThat(fields.get("level").asText()).isEqualTo("MINOR");
        assertThat(fields.path("documentNo").isTextual()).isFalse();
        assertThat(entry.get("recordedBy").asText()).isEqualTo("reviewer");
        assertThat(entry.get("recordedAt").asText()).isNotBlank();

        JsonNode penalty = send("reviewer", HttpMethod.GET, base + "/penalties", null)
                .body()
                .get(0)
                .get("fields");
        assertThat(penalty.get("amount").decimalValue()).isEqualByComparingTo("12345.67");
        assertThat(penalty.get("decidedOn").asText())
                .isEqualTo(today().minusDays(2).toString());
        assertThat(penalty.path("legalBasis").isTextual()).isFalse();
    }

    @Test
    void anEnterpriseAccountIsRefusedAndAnotherDepartmentSeesNothing() {
        String uscc = enterprise("威海事实登记甲有限公司");
        String path = "/api/enterprises/" + uscc + "/accidents";

        assertThat(send("enterprise", HttpMethod.POST, path, accident(today().minusDays(3), 0))
                        .status())
                .isEqualTo(403);
        assertThat(send("enterprise", HttpMethod.GET, path, null).status()).isEqualTo(403);
        assertThat(send("builder", HttpMethod.POST, path, accident(today().minusDays(3), 0))
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                "builder",
                                HttpMethod.PUT,
                                "/api/enterprises/" + uscc + "/risk-facts",
                                Map.of("majorHazardSource", true))
                        .status())
                .isEqualTo(404);
        assertThat(send("builder", HttpMethod.GET, path, null).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from fact_accident where uscc = ?", Integer.class, uscc))
                .isZero();

        // the owning department and a manager record
        assertThat(send("reviewer", HttpMethod.POST, path, accident(today().minusDays(3), 0))
                        .status())
                .isEqualTo(201);
        assertThat(send(
                                "manager",
                                HttpMethod.POST,
                                "/api/enterprises/" + uscc + "/penalties",
                                Map.of(
                                        "decidedOn",
                                        today().minusDays(10).toString(),
                                        "documentNo",
                                        "威环应急罚〔2026〕1号",
                                        "amount",
                                        20000,
                                        "legalBasis",
                                        "《安全生产法》第九十九条"))
                        .status())
                .isEqualTo(201);
        JsonNode listed = send("builder", HttpMethod.GET, "/api/enterprises/" + uscc + "/penalties", null)
                .body();
        assertThat(listed).isNotNull();
        JsonNode penalties = send("reviewer", HttpMethod.GET, "/api/enterprises/" + uscc + "/penalties", null)
                .body();
        assertThat(penalties).hasSize(1);
        assertThat(penalties.get(0).get("recordedBy").asText()).isEqualTo("manager");
        assertThat(penalties.get(0).get("fields").get("documentNo").asText()).isEqualTo("威环应急罚〔2026〕1号");
    }

    @Test
    void aBadDateIsRefusedOnItsField() {
        String uscc = enterprise("威海事实登记乙有限公司");
        Map<String, Object> body = accident(today(), 0);
        body.put("occurredOn", "2025-13-40");
        LedgerApi.Response bad = send("reviewer", HttpMethod.POST, "/api/enterprises/" + uscc + "/accidents", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("field").asText()).isEqualTo("occurredOn");
        assertThat(bad.body().get("message").asText()).isEqualTo("发生日期须为有效日期（年-月-日）");

        body.put("occurredOn", today().plusDays(1).toString());
        LedgerApi.Response future = send("reviewer", HttpMethod.POST, "/api/enterprises/" + uscc + "/accidents", body);
        assertThat(future.body().get("field").asText()).isEqualTo("occurredOn");
        assertThat(future.body().get("message").asText()).isEqualTo("发生日期不能晚于今天");

        LedgerApi.Response level = send(
                "reviewer",
                HttpMethod.POST,
                "/api/enterprises/" + uscc + "/penalties",
                Map.of("decidedOn", today().toString()));
        assertThat(level.status()).isEqualTo(400);
        assertThat(level.body().get("field").asText()).isEqualTo("documentNo");
        assertThat(level.body().get("message").asText()).isEqualTo("文书编号不能为空");
    }

    @Test
    void theThreeYearWindowCountsFromTheDayItHappened() {
        String uscc = enterprise("威海事实登记丙有限公司");
        String path = "/api/enterprises/" + uscc + "/accidents";

        assertThat(send("reviewer", HttpMethod.POST, path, accident(today().minusYears(4), 1))
                        .status())
                .isEqualTo(201);
        assertThat(gradingFacts.accidents(uscc)).containsEntry("fatalAccidentWithin3Years", false);

        assertThat(send("reviewer", HttpMethod.POST, path, accident(today().minusYears(2), 1))
                        .status())
                .isEqualTo(201);
        assertThat(gradingFacts.accidents(uscc)).containsEntry("fatalAccidentWithin3Years", true);
        assertThat(gradingFacts.creditInputs(uscc))
                .containsEntry("fatalAccidentWithin3Years", false); // not a liability one
    }

    @Test
    void aCorrectionSupersedesAndRiskFactsDecideTheRiskLevel() {
        String uscc = enterprise("威海事实登记丁有限公司");
        String path = "/api/enterprises/" + uscc + "/accidents";
        String id = send("reviewer", HttpMethod.POST, path, accident(today().minusYears(2), 1))
                .body()
                .get("id")
                .asText();
        LedgerApi.Response corrected =
                send("reviewer", HttpMethod.POST, path + "/" + id + "/correction", accident(today().minusYears(5), 1));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(gradingFacts.accidents(uscc)).containsEntry("fatalAccidentWithin3Years", false);
        assertThat(send("reviewer", HttpMethod.POST, path + "/" + id + "/correction", accident(today(), 0))
                        .body()
                        .get("field")
                        .asText())
                .isEqualTo("id");
        JsonNode entries = send("reviewer", HttpMethod.GET, path, null).body();
        assertThat(entries).hasSize(2);
        assertThat(entries.findValuesAsText("supersededBy"))
                .contains(corrected.body().get("id").asText());

        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("majorHazardSource", false);
        risk.put("hazardousPlace", true);
        risk.put("workersAtOnce", 12);
        risk.put("assessedLevel", null);
        assertThat(send("reviewer", HttpMethod.PUT, "/api/enterprises/" + uscc + "/risk-facts", risk)
                        .status())
                .isEqualTo(201);
        assertThat(gradingFacts.riskInputs(uscc, "LOW"))
                .containsEntry("hazardousPlace", true)
                .containsEntry("workersAtOnce", 12)
                .containsEntry("assessedLevel", null);
        risk.put("workersAtOnce", 5);
        assertThat(send("reviewer", HttpMethod.PUT, "/api/enterprises/" + uscc + "/risk-facts", risk)
                        .status())
                .isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select count(*) from fact_risk where uscc = ? and superseded_by is null", Integer.class, uscc))
                .isOne();
        assertThat(gradingFacts.riskInputs(uscc, "LOW")).containsEntry("workersAtOnce", 5);
    }

    @Test
    void creditFactsDecideTheCreditGradeShownWithTheEnterprise() {
        String uscc = enterprise("威海事实登记戊有限公司");
        String base = "/api/enterprises/" + uscc;
        assertThat(send(
                                "reviewer",
                                HttpMethod.POST,
                                base + "/credit-facts",
                                Map.of(
                                        "occurredOn",
                                        today().minusMonths(6).toString(),
                                        "kind",
                                        "PUBLIC_COMMITMENT",
                                        "documentNo",
                                        "承诺书-1"))
                        .status())
                .isEqualTo(201);
        assertThat(send(
                                "reviewer",
                                HttpMethod.POST,
                                base + "/standardization",
                                Map.of(
                                        "certifiedOn",
                                        today().minusMonths(3).toString(),
                                        "level",
                                        2,
                                        "documentNo",
                                        "鲁AQBJXⅡ202600001"))
                        .status())
                .isEqualTo(201);
        assertThat(LedgerApi.get(http, "reviewer", base)
                        .body()
                        .get("creditGrade")
                        .asText())
                .isEqualTo("a");

        Map<String, Object> concealed = accident(today().minusMonths(1), 0);
        concealed.put("concealed", true);
        assertThat(send("reviewer", HttpMethod.POST, base + "/accidents", concealed)
                        .status())
                .isEqualTo(201);
        assertThat(LedgerApi.get(http, "reviewer", base)
                        .body()
                        .get("creditGrade")
                        .asText())
                .isEqualTo("d");
        assertThat(jdbc.queryForObject("select grade_event from fact_accident where uscc = ?", String.class, uscc))
                .isEqualTo("CONCEALED_ACCIDENT");
        // seed 001: d is inspected every quarter and is on the blacklist
        assertThat(creditMeasures.inspectionIntervalMonths(uscc, "13")).contains(3);
        assertThat(creditMeasures.blacklistedNow(uscc, "13")).isTrue();
        String path = jdbc.queryForObject("select path from region where code = '371002'", String.class);
        assertThat(creditMeasures.creditGradeD(path)).contains(uscc);
    }
}
