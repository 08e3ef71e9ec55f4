package cn.safetygrading.grading.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/enterprises/{uscc}/grade-events: managers in scope raise events; /engine-rest stays closed. */
class GradeEventApiIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private final String uscc = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.name().equals("威海环翠纺织服装有限公司"))
            .findFirst()
            .orElseThrow()
            .uscc();

    @org.junit.jupiter.api.BeforeEach
    void noEarlierMoves() {
        // each test starts from B with no move in the last 12 months (one level per 12 months) and no watch
        jdbc.update("delete from grade_adjustment where uscc = ?", uscc);
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", uscc);
        org.camunda.bpm.engine.RuntimeService runtime = runtimeService;
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(uscc).list().stream()
                .filter(p -> !p.getProcessDefinitionId().startsWith("grading-cycle"))
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test: a clean start"));
    }

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    private LedgerApi.Response post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(
                http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class));
    }

    @Test
    void aCityManagerRaisesAnEventOverTheProductDoorButNotOverEngineRest() {
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", uscc);
        var engineRest = post(
                "manager",
                "/engine-rest/message",
                Map.of(
                        "messageName",
                        "grade-event",
                        "businessKey",
                        uscc,
                        "processVariables",
                        Map.of("event", Map.of("value", "REFUSED_ORDER", "type", "String"))));
        assertThat(engineRest.status()).isEqualTo(403);

        var raised = post(
                "manager",
                "/api/enterprises/" + uscc + "/grade-events",
                Map.of("event", "REFUSED_ORDER", "note", "拒不执行整改指令（执法文书 2026-017）"));
        assertThat(raised.status()).as(raised.raw()).isEqualTo(201);
        assertThat(raised.body().get("id").asText()).isNotBlank();
        assertThat(raised.body().get("newGrade").asText()).as(raised.raw()).isEqualTo("C");
        assertThat(jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc))
                .isEqualTo("C");
        assertThat(jdbc.queryForObject(
                        "select actor from grade_adjustment where process_instance_id = ?",
                        String.class,
                        raised.body().get("id").asText()))
                .isEqualTo("manager");
        // the downgrade started the watch period: the enterprise's JSON says until when (重点关注)
        String json = http.withBasicAuth("manager", "demo").getForObject("/api/enterprises/" + uscc, String.class);
        assertThat(json).containsPattern("\"watchUntil\":\"\\d{4}-\\d{2}-\\d{2}\"");
    }

    @Test
    void enterprisesReviewersAndOutOfScopeManagersCannotAndBadInputNamesTheField() {
        var body = Map.of("event", "REFUSED_ORDER", "note", "理由");
        assertThat(post(
                                "enterprise",
                                "/api/enterprises/" + DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now())
                                        + "/grade-events",
                                body)
                        .status())
                .isEqualTo(403);
        assertThat(post("reviewer", "/api/enterprises/" + uscc + "/grade-events", body)
                        .status())
                .isEqualTo(403);
        if (!accounts.exists("wdmanager")) {
            accounts.create(
                    new NewAccount("wdmanager", "文登分管", "demo", Set.of(Role.MANAGER), "371003", null, null), true);
        }
        assertThat(post("wdmanager", "/api/enterprises/" + uscc + "/grade-events", body)
                        .status())
                .isEqualTo(404);

        var unknown = post(
                "manager", "/api/enterprises/" + uscc + "/grade-events", Map.of("event", "BAD_WEATHER", "note", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).isEqualTo("event");
        var noNote = post("manager", "/api/enterprises/" + uscc + "/grade-events", Map.of("event", "COMMENDATION"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().get("field").asText()).isEqualTo("note");
    }

    private static Map<String, Object> confirmation(boolean confirmed, String note) {
        return Map.of(
                "variables",
                Map.of(
                        "adjustmentConfirmed",
                        Map.of("value", confirmed, "type", "Boolean"),
                        "confirmationNote",
                        Map.of("value", note, "type", "String")));
    }

    private String openConfirmation(String pid) {
        return jdbc.queryForObject(
                "select id_ from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'confirmAdjustment'",
                String.class,
                pid);
    }

    @Test
    void anOfficialInScopeProposesAGroundThatOnlyAManagerOfTheScopeConfirms() {
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", uscc);
        var proposed = post(
                "reviewer",
                "/api/enterprises/" + uscc + "/grade-events",
                Map.of("event", "SHORTCOMINGS", "note", "双重预防机制运行存在明显短板"));
        assertThat(proposed.status()).as(proposed.raw()).isEqualTo(201);
        assertThat(proposed.body().get("pending").asBoolean()).isTrue();
        assertThat(proposed.body().get("message").asText()).contains("确认");
        String pid = proposed.body().get("id").asText();
        assertThat(jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc))
                .isEqualTo("B");
        String taskId = openConfirmation(pid);

        // the proposer, and a manager outside the scope, cannot confirm
        assertThat(post("reviewer", "/engine-rest/task/" + taskId + "/complete", confirmation(true, "自己确认"))
                        .status())
                .isIn(403, 404);
        if (!accounts.exists("wdmanager")) {
            accounts.create(
                    new NewAccount("wdmanager", "文登分管", "demo", Set.of(Role.MANAGER), "371003", null, null), true);
        }
        assertThat(post("wdmanager", "/engine-rest/task/" + taskId + "/complete", confirmation(true, "越权确认"))
                        .status())
                .isIn(403, 404);
        // nor can the confirmer slip the ground in
        Map<String, Object> smuggled = Map.of(
                "variables",
                Map.of(
                        "adjustmentConfirmed",
                        Map.of("value", true, "type", "Boolean"),
                        "confirmationNote",
                        Map.of("value", "同意", "type", "String"),
                        "event",
                        Map.of("value", "GENERAL_ACCIDENT", "type", "String")));
        assertThat(post("manager", "/engine-rest/task/" + taskId + "/complete", smuggled)
                        .status())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc))
                .isEqualTo("B");

        var confirmed = post("manager", "/engine-rest/task/" + taskId + "/complete", confirmation(true, "经核实属实"));
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc))
                .isEqualTo("C");
        assertThat(jdbc.queryForObject(
                        "select actor from grade_adjustment where process_instance_id = ?", String.class, pid))
                .isEqualTo("reviewer");
    }

    @Test
    void otherGroundsStayManagerOnlyAndOtherDepartmentsCannotPropose() {
        var reviewer = post(
                "reviewer",
                "/api/enterprises/" + uscc + "/grade-events",
                Map.of("event", "COMMENDATION", "note", "表彰"));
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.body().get("field").asText()).isEqualTo("event");
        assertThat(post(
                                "builder",
                                "/api/enterprises/" + uscc + "/grade-events",
                                Map.of("event", "HIGH_MANAGEMENT", "note", "管理水平较高"))
                        .status())
                .isEqualTo(404);
        assertThat(post(
                                "enterprise",
                                "/api/enterprises/" + DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now())
                                        + "/grade-events",
                                Map.of("event", "HIGH_MANAGEMENT", "note", "自评很好"))
                        .status())
                .isEqualTo(403);
    }
}
