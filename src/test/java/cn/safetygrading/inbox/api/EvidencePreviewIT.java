package cn.safetygrading.inbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.security.WebClient;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attack: the evidence preview ({@code /files/evidence/{id}}) over real sessions. Officials who may see the
 * case open PDF and images inline with their own type; an official of another department, another
 * enterprise and an anonymous visitor get nothing, and no other attachment of the case is served.
 */
class EvidencePreviewIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private String pdf;
    private String png;
    private String caseNote;

    @BeforeEach
    void theEnterpriseSubmittedWithEvidence() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test reset", true, true));
        String pid = runtime.startProcessInstanceByKey(
                        "grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 0.0))
                .getId();
        var enterprise = accounts.find("enterprise").orElseThrow();
        var open = selfAssessments.open(enterprise).orElseThrow();
        pdf = selfAssessments
                .addEvidence(enterprise, open.taskId(), "自评报告.pdf", "%PDF-1.7 report".getBytes())
                .id();
        png = selfAssessments
                .addEvidence(
                        enterprise, open.taskId(), "现场照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .id();
        caseNote = tasks.createAttachment(
                        "txt", open.taskId(), pid, "内部意见.txt", "note", new ByteArrayInputStream("internal".getBytes()))
                .getId();
        Map<String, String> answers = new LinkedHashMap<>();
        open.checklist().items().forEach(i -> answers.put(i.id(), Answer.MET.name()));
        selfAssessments.submit(enterprise, open.taskId(), answers, "自评完成");
    }

    private WebClient signedIn(String user, String password) {
        WebClient client = new WebClient(port);
        client.vaadinLogin(user, password);
        return client;
    }

    @Test
    void anOfficialInScopeSeesPdfAndImagesInline() {
        WebClient reviewer = signedIn("reviewer", "demo");
        HttpResponse<String> file = reviewer.get(EvidenceController.PATH + pdf);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.body()).startsWith("%PDF");
        HttpResponse<String> image = reviewer.get(EvidenceController.PATH + png);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
        assertThat(signedIn("expert", "demo").get(EvidenceController.PATH + pdf).statusCode())
                .isEqualTo(200);
        assertThat(signedIn("enterprise", "demo")
                        .get(EvidenceController.PATH + pdf)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void nobodyOutOfScopeGetsIt() {
        // an official of another department of the same county (住建局): not their enterprise
        assertThat(signedIn("builder", "demo")
                        .get(EvidenceController.PATH + pdf)
                        .statusCode())
                .isEqualTo(404);
        // another enterprise
        String other = jdbc.queryForObject(
                "select uscc from enterprise where uscc <> ? order by uscc limit 1", String.class, uscc);
        accounts.create(
                new NewAccount("other-ent", "另一企业", "Fremd#Firma-2026x", Set.of(Role.ENTERPRISE), null, null, other));
        assertThat(signedIn("other-ent", "Fremd#Firma-2026x")
                        .get(EvidenceController.PATH + pdf)
                        .statusCode())
                .isEqualTo(404);
        // nobody signed in: no file, only the way to the login
        HttpResponse<String> anonymous = new WebClient(port).get(EvidenceController.PATH + pdf);
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("%PDF");
        // an attachment of the case that is not evidence, and an id that does not exist
        assertThat(signedIn("reviewer", "demo")
                        .get(EvidenceController.PATH + caseNote)
                        .statusCode())
                .isEqualTo(404);
        assertThat(signedIn("reviewer", "demo")
                        .get(EvidenceController.PATH + "no-such-file")
                        .statusCode())
                .isEqualTo(404);
    }
}
