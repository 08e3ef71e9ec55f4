package cn.safetygrading.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.service.InspectionPlanService;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #14, "Done when": the grade moves driven through the contract's fact endpoints (an accident dated 4
 * years back: no change; 2 penalties: one level; 4 penalties in a year: still one level; an accident during
 * the watch: D and the watch restarted; an upgrade during the watch: refused), the watch flagged in the
 * ledger export and the plan, the credit grade's inspection interval and blacklist (seed 001) for the
 * credit-graded industries only, and the 登记人 shown by name.
 */
class FactGradeMovesIT extends IntegrationTest {

    private static final List<String> HEADER =
            List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "分级", "监管分级", "直接监管责任部门", "备注");

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    InspectionPlanService plans;

    @Autowired
    AccountService accounts;

    private String enterprise(String name, String industry, String grade) {
        String uscc = LedgerFiles.uscc("371002", "FM");
        byte[] census = LedgerFiles.withHeader(HEADER)
                .row(name, uscc, industry, "Ⅱ", grade, "区市级", "环翠区应急管理局", "")
                .csv();
        JsonNode body =
                LedgerApi.importFile(http, "reviewer", census, "事实.csv", null).body();
        assertThat(body.get("imported").asInt()).as(body.toString()).isEqualTo(1);
        return uscc;
    }

    private LedgerApi.Response post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class));
    }

    private void record(String uscc, String register, Map<String, Object> body) {
        LedgerApi.Response r = post("reviewer", "/api/enterprises/" + uscc + "/" + register, body);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
    }

    private void accident(String uscc, LocalDate on, String level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("occurredOn", on.toString());
        body.put("level", level);
        body.put("deaths", 0);
        body.put("seriousInjuries", 1);
        body.put("liability", true);
        body.put("concealed", false);
        body.put("documentNo", "威环事故〔" + on.getYear() + "〕1号");
        record(uscc, "accidents", body);
    }

    private void penalty(String uscc, LocalDate on, int n) {
        record(
                uscc,
                "penalties",
                Map.of(
                        "decidedOn",
                        on.toString(),
                        "documentNo",
                        "威环应急罚〔" + on.getYear() + "〕" + n + "号",
                        "amount",
                        10000));
    }

    private String grade(String uscc) {
        return jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc);
    }

    private List<String> watches(String uscc) {
        return runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("watch-period")
                .processInstanceBusinessKey(uscc)
                .list()
                .stream()
                .map(p -> p.getId())
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private PlanEntry planned(String uscc) {
        var manager = accounts.find("manager").orElseThrow();
        return plans.plan(manager, "371002", today().getYear()).stream()
                .filter(p -> p.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anAccidentFourYearsBackChangesNothing() {
        String uscc = enterprise("威海事实升降甲有限公司", "13", "B");
        accident(uscc, today().minusYears(4), "GENERAL");
        assertThat(grade(uscc)).isEqualTo("B");
        assertThat(watches(uscc)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select refusal_reason from grade_adjustment where uscc = ? and event = 'GENERAL_ACCIDENT'",
                        String.class,
                        uscc))
                .isEqualTo("STALE_FACT");
    }

    @Test
    void twoPenaltiesAreOneLevelFourInAYearStillOneAndTheWatchIsFlaggedInLedgerAndPlan() throws Exception {
        String uscc = enterprise("威海事实升降乙有限公司", "13", "B");
        penalty(uscc, today().minusMonths(5), 1);
        assertThat(grade(uscc)).isEqualTo("B"); // one penalty is no ground
        penalty(uscc, today().minusMonths(4), 2);
        assertThat(grade(uscc)).isEqualTo("C"); // the second within 365 days: one level
        penalty(uscc, today().minusMonths(3), 3);
        penalty(uscc, today().minusMonths(2), 4);
        assertThat(grade(uscc)).isEqualTo("C"); // the third and fourth in those 12 months add nothing
        assertThat(jdbc.queryForObject(
                        "select count(*) from grade_adjustment where uscc = ? and not refused", Integer.class, uscc))
                .isEqualTo(1);
        assertThat(watches(uscc)).hasSize(1);

        // flagged in the ledger export (csv and xlsx) ...
        String csv = new String(
                http.withBasicAuth("reviewer", "demo")
                        .getForObject("/api/ledger/export?format=csv&region=371002", byte[].class),
                StandardCharsets.UTF_8);
        String row = csv.lines().filter(l -> l.contains(uscc)).findFirst().orElseThrow();
        assertThat(row).containsPattern(",重点关注期至 \\d{4}年\\d{1,2}月\\d{1,2}日$");
        assertThat(csv.lines().filter(l -> l.contains("威海事实升降甲有限公司")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).endsWith(","));
        byte[] xlsx = http.withBasicAuth("reviewer", "demo")
                .getForObject("/api/ledger/export?format=xlsx&region=371002", byte[].class);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).isEqualTo("重点关注");
            Row line = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 4 && uscc.equals(r.getCell(2).getStringCellValue())) {
                    line = r;
                }
            }
            assertThat(line).isNotNull();
            assertThat(line.getCell(11).getStringCellValue()).startsWith("重点关注期至");
        }
        // ... and in the plan, inspected at least as often as grade C of class Ⅱ
        PlanEntry entry = planned(uscc);
        assertThat(entry.watch()).isTrue();
        assertThat(entry.intervalMonths()).isLessThanOrEqualTo(6);
    }

    @Test
    void anAccidentDuringTheWatchSetsDAndRestartsTheWatchAndAnUpgradeIsRefused() {
        String uscc = enterprise("威海事实升降丙有限公司", "13", "B");
        penalty(uscc, today().minusMonths(5), 1);
        penalty(uscc, today().minusMonths(4), 2);
        assertThat(grade(uscc)).isEqualTo("C");
        List<String> first = watches(uscc);
        assertThat(first).hasSize(1);

        // an upgrade during the watch: refused, through the register and through grade-events
        record(
                uscc,
                "commendations",
                Map.of("awardedOn", today().minusDays(2).toString(), "level", "CITY", "documentNo", "威政表〔2026〕3号"));
        assertThat(grade(uscc)).isEqualTo("C");
        assertThat(jdbc.queryForObject(
                        "select refusal_reason from grade_adjustment where uscc = ? and event = 'COMMENDATION'",
                        String.class,
                        uscc))
                .isEqualTo("WATCH_PERIOD");
        LedgerApi.Response upgrade = post(
                "manager",
                "/api/enterprises/" + uscc + "/grade-events",
                Map.of("event", "STANDARDIZATION_CERTIFIED", "note", "安全生产标准化二级达标"));
        assertThat(upgrade.status()).as(upgrade.raw()).isIn(200, 201);
        assertThat(grade(uscc)).isEqualTo("C");

        // an accident of level 一般 during the watch: D at once, a new watch
        accident(uscc, today().minusDays(10), "GENERAL");
        assertThat(grade(uscc)).isEqualTo("D");
        assertThat(watches(uscc)).hasSize(1).doesNotContainAnyElementsOf(first);
    }

    @Test
    void threeCommendationsTakeDOneLevelUpNotToA() {
        String uscc = enterprise("威海事实升降戊有限公司", "13", "D");
        assertThat(watches(uscc)).isEmpty();
        for (int n = 1; n <= 3; n++) {
            record(
                    uscc,
                    "commendations",
                    Map.of(
                            "awardedOn",
                            today().minusMonths(4 - n).toString(),
                            "level",
                            "CITY",
                            "documentNo",
                            "威政表〔2026〕" + n + "号"));
        }
        assertThat(grade(uscc)).isEqualTo("C"); // at most one level per 12 months, upwards too
        assertThat(jdbc.queryForList(
                        "select refusal_reason from grade_adjustment where uscc = ? and refused", String.class, uscc))
                .containsOnly("ONE_LEVEL_PER_12_MONTHS")
                .hasSize(2);
    }

    @Test
    void creditGradeDOfACreditGradedIndustryIsInspectedQuarterlyAndBlacklistedOthersAreNot() {
        String textiles = enterprise("威海信用四级纺织有限公司", "17", "B");
        String builder = enterprise("威海信用四级建筑有限公司", "47", "B");
        assertThat(planned(textiles).intervalMonths()).isEqualTo(12);
        for (String uscc : List.of(textiles, builder)) {
            record(
                    uscc,
                    "credit-facts",
                    Map.of(
                            "occurredOn",
                            today().minusMonths(1).toString(),
                            "kind",
                            "SEVERE_VIOLATION",
                            "documentNo",
                            "失信认定-1"));
            assertThat(LedgerApi.get(http, "reviewer", "/api/enterprises/" + uscc)
                            .body()
                            .get("creditGrade")
                            .asText())
                    .isEqualTo("d");
        }
        PlanEntry credited = planned(textiles);
        assertThat(credited.intervalMonths()).isEqualTo(3);
        assertThat(credited.creditGrade()).isEqualTo("d");
        assertThat(credited.blacklisted()).isTrue();
        assertThat(credited.dueInYear().size()).isGreaterThanOrEqualTo(1);

        PlanEntry other = planned(builder); // construction (47) is not one of seed 001's credit industries
        assertThat(other.intervalMonths()).isEqualTo(12);
        assertThat(other.creditGrade()).isNull();
        assertThat(other.blacklisted()).isFalse();
    }

    @Test
    void theRegisterNamesTheOfficialWhoRecorded() {
        String uscc = enterprise("威海事实升降丁有限公司", "13", "B");
        penalty(uscc, today().minusMonths(1), 1);
        JsonNode listed = LedgerApi.get(http, "reviewer", "/api/enterprises/" + uscc + "/penalties")
                .body();
        String name = jdbc.queryForObject("select display_name from account where user_id = 'reviewer'", String.class);
        assertThat(listed.get(0).get("recordedBy").asText()).isEqualTo("reviewer");
        assertThat(listed.get(0).get("recordedByName").asText()).isEqualTo(name).isNotEqualTo("reviewer");
    }
}
