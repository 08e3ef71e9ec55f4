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
            .filter(e -> e.name().equals("威海环翠纺织服装有限公司")).findFirst().orElseThrow().uscc();

    private LedgerApi.Response post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class));
    }

    @Test
    void aCityManagerRaisesAnEventOverTheProductDoorButNotOverEngineRest() {
        jdbc.update("update enterprise set grade = 'B' where uscc = ?", uscc);
        var engineRest = post("manager", "/engine-rest/message",
                Map.of("messageName", "grade-event", "businessKey", uscc,
                        "processVariables", Map.of("event", Map.of("value", "REFUSED_ORDER", "type", "String"))));
        assertThat(engineRest.status()).isEqualTo(403);

        var raised = post("manager", "/api/enterprises/" + uscc + "/grade-events",
                Map.of("event", "REFUSED_ORDER", "note", "拒不执行整改指令（执法文书 2026-017）"));
        assertThat(raised.status()).as(raised.raw()).isEqualTo(201);
        assertThat(raised.body().get("id").asText()).isNotBlank();
        assertThat(raised.body().get("newGrade").asText()).isEqualTo("C");
        assertThat(jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc)).isEqualTo("C");
        assertThat(jdbc.queryForObject("select actor from grade_adjustment where process_instance_id = ?", String.class,
                raised.body().get("id").asText())).isEqualTo("manager");
    }

    @Test
    void enterprisesReviewersAndOutOfScopeManagersCannotAndBadInputNamesTheField() {
        var body = Map.of("event", "REFUSED_ORDER", "note", "理由");
        assertThat(post("enterprise", "/api/enterprises/" + DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now())
                + "/grade-events", body).status()).isEqualTo(403);
        assertThat(post("reviewer", "/api/enterprises/" + uscc + "/grade-events", body).status()).isEqualTo(403);
        if (!accounts.exists("wdmanager")) {
            accounts.create(new NewAccount("wdmanager", "文登分管", "demo", Set.of(Role.MANAGER), "371003", null, null), true);
        }
        assertThat(post("wdmanager", "/api/enterprises/" + uscc + "/grade-events", body).status()).isEqualTo(404);

        var unknown = post("manager", "/api/enterprises/" + uscc + "/grade-events", Map.of("event", "BAD_WEATHER", "note", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asText()).isEqualTo("event");
        var noNote = post("manager", "/api/enterprises/" + uscc + "/grade-events", Map.of("event", "COMMENDATION"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().get("field").asText()).isEqualTo("note");
    }
}
