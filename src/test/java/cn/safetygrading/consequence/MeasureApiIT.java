package cn.safetygrading.consequence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerApi;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST/GET /api/enterprises/{uscc}/measures over real HTTP: who may, what is refused and how. */
class MeasureApiIT extends IntegrationTest {

    private static final String USCC = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private LedgerApi.Response post(String user, String uscc, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(http.withBasicAuth(user, "demo")
                .postForEntity(
                        "/api/enterprises/" + uscc + "/measures", new HttpEntity<>(json, headers), String.class));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String measure(String kind, String decidedOn) {
        return """
                {"kind": "%s", "decidedOn": "%s", "documentNo": "威环应急约〔2026〕3号",
                 "issuingDepartment": "环翠区应急管理局", "reason": "定级为 D 级，约谈主要负责人"}""".formatted(kind, decidedOn);
    }

    @Test
    void anOfficialInScopeRecordsAMeasureThatIsListedAuditedAndInTheFile() {
        LedgerApi.Response created = post("reviewer", USCC, measure("INTERVIEW", today()));
        assertThat(created.status()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        LedgerApi.Response list = LedgerApi.get(http, "manager", "/api/enterprises/" + USCC + "/measures");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(list.raw()).contains("\"kind\":\"INTERVIEW\"", "\"recordedBy\":\"reviewer\"", "威环应急约〔2026〕3号");
        assertThat(jdbc.queryForObject(
                        "select count(*) from enterprise_event where uscc = ? and idempotency_key = ?",
                        Long.class,
                        USCC,
                        "measure:" + id))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where table_name = 'enterprise_measure' and record_key like ?",
                        Long.class,
                        "%" + id + "%"))
                .isPositive();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void anEnterpriseGets403AndAnOfficialOutOfScope404() {
        // other tests in this JVM record measures too (e.g. ConsequenceViewsTest): nothing new, not none at all
        String warnings = "select count(*) from enterprise_measure where kind = 'WARNING'";
        long before = count(warnings);
        assertThat(post("enterprise", USCC, measure("WARNING", today())).status())
                .isEqualTo(403);
        assertThat(LedgerApi.get(http, "enterprise", "/api/enterprises/" + USCC + "/measures")
                        .status())
                .isEqualTo(403);
        // builder works at 环翠区住房和城乡建设局; the demo enterprise is supervised by 环翠区应急管理局
        assertThat(post("builder", USCC, measure("WARNING", today())).status()).isEqualTo(404);
        assertThat(LedgerApi.get(http, "builder", "/api/enterprises/" + USCC + "/measures")
                        .status())
                .isEqualTo(404);
        assertThat(post("reviewer", "91370000000000000X", measure("WARNING", today()))
                        .status())
                .isEqualTo(404);
        assertThat(count(warnings)).isEqualTo(before);
    }

    @Test
    void badInputIs400NamingTheField() {
        String circulars =
                "select count(*) from enterprise_measure where kind = 'CIRCULAR' and recorded_by = 'reviewer'";
        long before = count(circulars);
        LedgerApi.Response kind = post("reviewer", USCC, measure("FINE", today()));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().get("field").asText()).isEqualTo("kind");
        assertThat(kind.body().get("message").asText()).contains("请选择措施种类");

        LedgerApi.Response future = post(
                "reviewer",
                USCC,
                measure(
                        "CIRCULAR",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body().get("field").asText()).isEqualTo("decidedOn");

        LedgerApi.Response notADate = post("reviewer", USCC, measure("CIRCULAR", "yesterday"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body().get("field").asText()).isEqualTo("decidedOn");
        assertThat(notADate.raw()).doesNotContain("Exception", "jackson");

        LedgerApi.Response noReason = post(
                "reviewer",
                USCC,
                "{\"kind\": \"CIRCULAR\", \"decidedOn\": \"" + today()
                        + "\", \"documentNo\": \"x\", \"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("field").asText()).isEqualTo("reason");
        assertThat(count(circulars)).isEqualTo(before);
    }
}
