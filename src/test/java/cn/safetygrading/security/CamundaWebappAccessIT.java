package cn.safetygrading.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The critical side door of issue 12: an enterprise signed in to Camunda's welcome app and used
 * {@code /camunda/api/engine/**} as the engine API. Only administrators may use the webapps, with the
 * session of the application's own login.
 */
class CamundaWebappAccessIT extends IntegrationTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    private final String uscc = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private String taskId;

    @BeforeEach
    void selfAssessmentOfTheDemoEnterprise() {
        Task task = tasks
                .createTaskQuery()
                .processInstanceBusinessKey(uscc)
                .taskDefinitionKey("selfAssessment")
                .active()
                .list()
                .stream()
                .findFirst()
                .orElse(null);
        if (task == null) {
            // one grading of an enterprise at a time: another test's cycle, past its self-assessment, goes first
            runtime.createProcessInstanceQuery()
                    .processDefinitionKey("grading-cycle")
                    .processInstanceBusinessKey(uscc)
                    .list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test: a fresh self-assessment"));
            runtime.startProcessInstanceByKey("grading-cycle", uscc, Map.of("uscc", uscc, "spotCheckRatio", 0.0));
            task = tasks.createTaskQuery()
                    .processInstanceBusinessKey(uscc)
                    .taskDefinitionKey("selfAssessment")
                    .active()
                    .list()
                    .get(0);
        }
        taskId = task.getId();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enterprise", "reviewer", "manager"})
    void welcomeLoginOpensNoEngineApi(String user) {
        WebClient browser = new WebClient(port);
        browser.get("/camunda/app/welcome/default/");
        String xsrf = browser.cookie("XSRF-TOKEN");
        var login = browser.post(
                "/camunda/api/admin/auth/user/default/login/welcome",
                "application/x-www-form-urlencoded",
                WebClient.form(Map.of("username", user, "password", "demo")),
                "X-XSRF-TOKEN",
                String.valueOf(xsrf));
        assertThat(login.statusCode()).isIn(401, 403);
        assertRefusedAtTheEngine(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"enterprise", "reviewer", "manager"})
    void applicationSessionOpensNoEngineApi(String user) {
        WebClient browser = new WebClient(port);
        assertThat(browser.vaadinLogin(user, "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        // signed in to the application indeed
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        browser.get("/camunda/app/welcome/default/");
        assertRefusedAtTheEngine(browser);
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isIn(401, 403);
    }

    private void assertRefusedAtTheEngine(WebClient browser) {
        String xsrf = String.valueOf(browser.cookie("XSRF-TOKEN"));
        assertThat(browser.get(ENGINE + "/task", "X-XSRF-TOKEN", xsrf).statusCode())
                .isIn(401, 403);
        HttpResponse<String> write = browser.post(
                ENGINE + "/task/" + taskId + "/variables",
                "application/json",
                "{\"modifications\":{\"verifiedGrade\":{\"value\":\"A\",\"type\":\"String\"}}}",
                "X-XSRF-TOKEN",
                xsrf);
        assertThat(write.statusCode()).isIn(401, 403);
        assertThat(tasks.getVariable(taskId, "verifiedGrade")).isNull();
        assertThat(browser.post(
                                ENGINE + "/task/" + taskId + "/complete",
                                "application/json",
                                "{}",
                                "X-XSRF-TOKEN",
                                xsrf)
                        .statusCode())
                .isIn(401, 403);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void administratorUsesTheWebappsWithTheApplicationSession() {
        WebClient browser = new WebClient(port);
        browser.vaadinLogin("demo", "demo");
        var cockpit = browser.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<html");
        var definitions = browser.get(
                ENGINE + "/process-definition", "X-XSRF-TOKEN", String.valueOf(browser.cookie("XSRF-TOKEN")));
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("grading-cycle");
        var user = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"demo\"");
    }

    @Test
    void webappLoginCannotSignAnyoneIn() {
        WebClient admin = new WebClient(port);
        admin.vaadinLogin("demo", "demo");
        admin.get("/camunda/app/welcome/default/");
        var asReviewer = admin.post(
                "/camunda/api/admin/auth/user/default/login/welcome",
                "application/x-www-form-urlencoded",
                WebClient.form(Map.of("username", "reviewer", "password", "demo")),
                "X-XSRF-TOKEN",
                String.valueOf(admin.cookie("XSRF-TOKEN")));
        assertThat(asReviewer.statusCode()).isIn(401, 403);
        // anonymous: the webapps send the visitor to the application's login
        WebClient anonymous = new WebClient(port);
        var page = anonymous.get("/camunda/app/cockpit/default/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(anonymous.get(ENGINE + "/task").statusCode()).isEqualTo(401);
    }
}
