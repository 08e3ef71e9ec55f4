package cn.safetygrading.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.grading.ChecklistAnswers;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.grading.service.ChecklistService;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.security.service.IdentityAuthenticationProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The audit log against the real application: who, when, through which door, before and after, for
 * a change from a page, over /api, over /engine-rest and by a job; nothing in it can be changed; only
 * administrators read and export it; failed sign-ins are in it.
 */
class AuditLogIT extends ProcessTestSupport {

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentityAuthenticationProvider authentication;

    @Autowired
    HistoryService history;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ChecklistService checklists;

    private final String uscc = demo("威海金海湾金属制品有限公司").uscc();

    /** The tests write the demo enterprise's remark; it is put back, since other tests check the demo ledger. */
    private String remark;

    @BeforeEach
    void keepRemark() {
        remark = jdbc.queryForObject("select remark from enterprise where uscc = ?", String.class, uscc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        jdbc.update("update enterprise set remark = ? where uscc = ?", remark, uscc);
    }

    @Test
    void aGradingRecordsEachChangeWithItsActorDoorAndValues() throws Exception {
        reset(uscc, "C");
        long before = maxId();
        signIn("manager");
        var pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
        String caseId = jdbc.queryForObject(
                "select id from grading_case where process_instance_id = ?", String.class, pi.getId());
        // the enterprise submits its self-assessment from its page (a UI service call)
        signIn("enterprise");
        complete(pi, "selfAssessment", ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), 86));
        SecurityContextHolder.clearContext();

        var created = row(before, "grading_case", caseId, "INSERT");
        assertThat(created.get("actor")).isEqualTo("manager");
        assertThat(created.get("door")).isEqualTo("UI");
        assertThat(created.get("uscc")).isEqualTo(uscc);
        var selfAssessed = rowWith(before, caseId, "self_score");
        assertThat(selfAssessed.get("actor")).isEqualTo("enterprise");
        assertThat(selfAssessed.get("door")).isEqualTo("UI");
        double computed = jdbc.queryForObject("select self_score from grading_case where id = ?", Double.class, caseId);
        assertThat(computed).isGreaterThanOrEqualTo(86.0);
        assertThat(json.readTree((String) selfAssessed.get("after"))
                        .get("self_score")
                        .asDouble())
                .isEqualTo(computed);
        assertThat(json.readTree((String) selfAssessed.get("before"))
                        .get("self_score")
                        .isNull())
                .isTrue();

        // the reviewer proposes the grade over /engine-rest
        String taskId = task(pi).getId();
        var completed = http.withBasicAuth("reviewer", "demo")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete",
                        jsonBody(Map.of(
                                "variables",
                                Map.of(
                                        "reviewDecision", Map.of("value", "APPROVE", "type", "String"),
                                        "proposedGrade", Map.of("value", "B", "type", "String")))),
                        String.class);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        var proposed = rowWith(before, caseId, "proposed_grade");
        assertThat(proposed.get("actor")).isEqualTo("reviewer");
        assertThat(proposed.get("door")).isEqualTo("ENGINE_REST");
        assertThat((String) proposed.get("after")).contains("\"B\"");
        // and the engine's own log has the completion
        assertThat(history.createUserOperationLogQuery()
                        .taskId(taskId)
                        .operationType("Complete")
                        .userId("reviewer")
                        .count())
                .isEqualTo(1);

        // the notice ends and the grade is applied by jobs, with no request and no user
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        var finished = rowWith(before, caseId, "final_grade");
        assertThat(finished.get("door")).isEqualTo("JOB");
        assertThat(finished.get("actor")).isEqualTo("system");
        var ledger = jdbc.queryForMap(
                "select actor, door, before::text as before, after::text as after from audit_log"
                        + " where id > ? and table_name = 'enterprise' and record_key = ? and jsonb_exists(after, 'grade') order by id desc limit 1",
                before,
                uscc);
        assertThat(ledger.get("door")).isEqualTo("JOB");
        assertThat((String) ledger.get("before")).contains("\"C\"");
        assertThat((String) ledger.get("after")).contains("\"B\"");
    }

    /**
     * The triggers since V43: a statement inserting several rows logs each row (one trigger call per statement);
     * a row of a case is owned by the case's enterprise; an update of excluded columns only logs nothing; a
     * delete logs the row as it was.
     */
    @Test
    void eachRowOfAStatementIsLoggedAndBookkeepingUpdatesAreNot() {
        // the grade as it is: the demo's stationing follows it (DemoDataIT), and no grading here ends to set another
        reset(uscc, jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc));
        var pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
        String caseId = jdbc.queryForObject(
                "select id from grading_case where process_instance_id = ?", String.class, pi.getId());
        long before = maxId();
        complete(pi, "selfAssessment", ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), 86));
        assertThat(jdbc.queryForList(
                        "select a.uscc from audit_log a join grading_round r on r.id::text = a.record_key"
                                + " where a.id > ? and a.table_name = 'grading_round' and a.kind = 'INSERT'"
                                + " and r.case_id = ?",
                        String.class,
                        before,
                        caseId))
                .isNotEmpty()
                .containsOnly(uscc);

        String department = jdbc.queryForObject("select id from department order by id limit 1", String.class);
        long inserted = maxId();
        jdbc.update(
                "insert into department_alias (alias, department_id) values ('审计测试甲', ?), ('审计测试乙', ?)",
                department,
                department);
        assertThat(jdbc.queryForList(
                        "select record_key from audit_log where id > ? and table_name = 'department_alias'"
                                + " and kind = 'INSERT'",
                        String.class,
                        inserted))
                .containsExactlyInAnyOrder("审计测试甲", "审计测试乙");

        long bookkeeping = maxId();
        String step = jdbc.queryForObject("select step from grading_case where id = ?", String.class, caseId);
        jdbc.update("update grading_case set step = 'NOTICE', rounds = rounds + 1 where id = ?", caseId);
        jdbc.update("update grading_case set step = ?, rounds = rounds - 1 where id = ?", step, caseId);
        assertThat(maxId())
                .as("a case's step and round counter are not audited")
                .isEqualTo(bookkeeping);

        jdbc.update("delete from department_alias where alias in ('审计测试甲', '审计测试乙')");
        assertThat(jdbc.queryForList(
                        "select before ->> 'department_id' from audit_log where id > ? and table_name = 'department_alias'"
                                + " and kind = 'DELETE'",
                        String.class,
                        bookkeeping))
                .containsExactly(department, department);
        runtime.deleteProcessInstance(pi.getId(), "test done", true, true);
    }

    @Test
    void anImportOverTheApiIsRecordedWithItsDoorAndActor() {
        long before = maxId();
        String fresh = LedgerFiles.uscc("371002", "AU");
        byte[] file = LedgerFiles.annex()
                .enterprise("威海审计测试有限公司", fresh, "环翠区审计路1号", "33", "Ⅱ", "", "区市级", "")
                .csv();
        var response = LedgerApi.importFile(http, "reviewer", file, "audit.csv", null);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().get("imported").asInt()).isEqualTo(1);
        var inserted = row(before, "enterprise", fresh, "INSERT");
        assertThat(inserted.get("actor")).isEqualTo("reviewer");
        assertThat(inserted.get("door")).isEqualTo("API");
        assertThat((String) inserted.get("after")).contains("威海审计测试有限公司");

        byte[] changed = LedgerFiles.annex()
                .enterprise("威海审计测试有限公司", fresh, "环翠区审计路2号", "33", "Ⅱ", "", "区市级", "")
                .csv();
        assertThat(LedgerApi.importFile(http, "reviewer", changed, "audit.csv", null)
                        .status())
                .isEqualTo(200);
        var updated = row(before, "enterprise", fresh, "UPDATE");
        assertThat(updated.get("door")).isEqualTo("API");
        assertThat((String) updated.get("before")).isEqualTo("{\"address\": \"环翠区审计路1号\"}");
        assertThat((String) updated.get("after")).isEqualTo("{\"address\": \"环翠区审计路2号\"}");
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        jdbc.update("update enterprise set remark = 'audit-immutable' where uscc = ?", uscc);
        long id = maxId();
        assertThat(id).isPositive();
        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'nobody' where id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("truncate audit_log")).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReadAndExportTheLog() {
        for (String user : List.of("reviewer", "manager", "expert", "enterprise")) {
            assertThat(http.withBasicAuth(user, "demo")
                            .getForEntity("/api/audit", String.class)
                            .getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth(user, "demo")
                            .getForEntity("/api/audit/export?format=csv", String.class)
                            .getStatusCode())
                    .as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/audit", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("demo", "demo")
                        .getForEntity("/api/audit", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theApiAndTheExportShowTheFilteredRows() throws Exception {
        jdbc.update("update enterprise set remark = 'audit-export-1' where uscc = ?", uscc);
        jdbc.update("update enterprise set remark = 'audit-export-2' where uscc = ?", uscc);
        JsonNode page = json.readTree(http.withBasicAuth("demo", "demo")
                .getForEntity("/api/audit?table=enterprise&record=" + uscc + "&limit=5", String.class)
                .getBody());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("recordKey").asText()).isEqualTo(uscc);
        assertThat(newest.get("after").get("remark").asText()).isEqualTo("audit-export-2");
        assertThat(newest.get("before").get("remark").asText()).isEqualTo("audit-export-1");

        var csv = http.withBasicAuth("demo", "demo")
                .getForEntity("/api/audit/export?format=csv&table=enterprise&record=" + uscc, byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(1 + (int) page.get("total").asLong());
        assertThat(lines.get(0)).contains("操作人", "渠道");
        assertThat(text).contains("备注: audit-export-1 → audit-export-2").doesNotContain("grading_case");

        var xlsx = http.withBasicAuth("demo", "demo")
                .getForEntity("/api/audit/export?format=xlsx&table=enterprise&record=" + uscc, byte[].class);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum())
                    .isEqualTo((int) page.get("total").asLong());
        }
    }

    @Test
    void aFailedSignInIsRecorded() throws Exception {
        long before = maxId();
        assertThat(http.withBasicAuth("audit-intruder", "wrong")
                        .getForEntity("/api/enterprises/" + uscc, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var failed = jdbc.queryForMap(
                "select actor, door, kind, client_address, detail from audit_log where id > ?"
                        + " and kind like 'LOGIN%' and actor = 'audit-intruder'",
                before);
        assertThat(failed.get("kind")).isEqualTo("LOGIN_FAILED");
        assertThat(failed.get("door")).isEqualTo("API");
        assertThat(failed.get("client_address")).isNotNull();
        assertThat(failed.get("detail")).isEqualTo("BadCredentialsException");
        JsonNode page = json.readTree(http.withBasicAuth("demo", "demo")
                .getForEntity("/api/audit?table=LOGIN_FAILED&actor=audit-intruder", String.class)
                .getBody());
        assertThat(page.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aThrottledSignInIsRecordedAsLocked() {
        long before = maxId();
        events.publishEvent(new AuthenticationFailureLockedEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("audit-locked", "x"),
                new LockedException("throttled")));
        var locked =
                jdbc.queryForMap("select kind, detail from audit_log where id > ? and actor = 'audit-locked'", before);
        assertThat(locked.get("kind")).isEqualTo("LOGIN_LOCKED");
        assertThat(locked.get("detail")).isEqualTo("LockedException");
    }

    @Test
    void identityChangesOverTheEngineApiAreInTheEnginesLog() throws Exception {
        var created = http.withBasicAuth("demo", "demo")
                .postForEntity(
                        "/engine-rest/user/create",
                        jsonBody(Map.of(
                                "profile",
                                        Map.of(
                                                "id",
                                                "audited-user",
                                                "firstName",
                                                "审计",
                                                "lastName",
                                                "测试",
                                                "email",
                                                "a@example.org"),
                                "credentials", Map.of("password", "Audit-Secret-2026"))),
                        String.class);
        assertThat(created.getStatusCode().is2xxSuccessful())
                .as(created.getBody())
                .isTrue();
        JsonNode page = json.readTree(http.withBasicAuth("demo", "demo")
                .getForEntity("/api/audit?source=engine&table=User&actor=demo", String.class)
                .getBody());
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("items").get(0).get("source").asText()).isEqualTo("ENGINE");
        assertThat(page.get("items").get(0).get("kind").asText()).isEqualTo("Create");
    }

    private void signIn(String user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, "demo")));
    }

    private long maxId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
    }

    private Map<String, Object> row(long after, String table, String key, String kind) {
        return jdbc.queryForMap(
                "select actor, door, uscc, before::text as before, after::text as after from audit_log"
                        + " where id > ? and table_name = ? and record_key = ? and kind = ? order by id desc limit 1",
                after,
                table,
                key,
                kind);
    }

    private Map<String, Object> rowWith(long after, String caseId, String column) {
        return jdbc.queryForMap(
                "select actor, door, before::text as before, after::text as after from audit_log"
                        + " where id > ? and table_name = 'grading_case' and record_key = ? and kind = 'UPDATE'"
                        + " and jsonb_exists(after, ?) order by id desc limit 1",
                after,
                caseId,
                column);
    }

    private static HttpEntity<Object> jsonBody(Object payload) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(payload, headers);
    }
}
