package cn.safetygrading.security;

import static cn.safetygrading.security.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /engine-rest and /api against browsers' cached credentials, cross-site requests and unwanted deployments. */
class RestDoorsIT extends IntegrationTest {

    private static final String OWN = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    private static final String BOUNDARY = "----attack12";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Autowired
    IdentityService identity;

    @Test
    void noBasicChallengeForBrowsers() {
        WebClient browser = new WebClient(port);
        for (String path : new String[] {"/engine-rest/engine", "/api/enterprises/" + OWN}) {
            HttpResponse<String> anonymous = browser.get(path);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(anonymous.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/json");
            HttpResponse<String> wrong = browser.get(path, "Authorization", basic("nobody", "wrong"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
        // scripts send their credentials pre-emptively and keep working
        assertThat(browser.get("/engine-rest/engine", "Authorization", basic("demo", "demo"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/api/enterprises/" + OWN, "Authorization", basic("enterprise", "demo"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void crossSiteRequestsAreRefused() {
        WebClient browser = new WebClient(port);
        String admin = basic("demo", "demo");
        String[][] foreign = {
            {"Sec-Fetch-Site", "cross-site"},
            {"Sec-Fetch-Site", "same-site"},
            {"Origin", "https://evil.example"},
            {"Origin", "null"},
            {"Origin", "http://localhost:1"},
            {"Referer", "https://evil.example/page.html"},
        };
        for (String[] header : foreign) {
            for (String path : new String[] {"/engine-rest/engine", "/api/enterprises/" + OWN}) {
                HttpResponse<String> response = browser.get(path, "Authorization", admin, header[0], header[1]);
                assertThat(response.statusCode())
                        .as(header[0] + ": " + header[1] + " " + path)
                        .isEqualTo(403);
                assertThat(response.body()).contains("\"message\"");
            }
        }
        // the application's own pages and scripts (no such headers) still get through
        assertThat(browser.get(
                                "/engine-rest/engine",
                                "Authorization",
                                admin,
                                "Sec-Fetch-Site",
                                "same-origin",
                                "Origin",
                                "http://localhost:" + port,
                                "Referer",
                                "http://localhost:" + port + "/dashboard")
                        .statusCode())
                .isEqualTo(200);
        // a cross-site form POST of a deployment, with the deployer's credentials cached in the browser
        long before = repository.createDeploymentQuery().count();
        HttpResponse<String> deploy = browser.postBytes(
                "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + BOUNDARY,
                deployment("attack.bpmn", bpmn("<bpmn:endEvent id=\"End\"/>")),
                "Authorization",
                basic("deployer", "demo"),
                "Origin",
                "https://evil.example",
                "Sec-Fetch-Site",
                "cross-site");
        assertThat(deploy.statusCode()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void onlyTheDeployerDeploysAndNeverScripts() {
        WebClient client = new WebClient(port);
        byte[] harmless = deployment("harmless.bpmn", bpmn("<bpmn:endEvent id=\"End\"/>"));
        for (String user : new String[] {"demo", "manager", "reviewer"}) {
            assertThat(client.postBytes(
                                    "/engine-rest/deployment/create",
                                    "multipart/form-data; boundary=" + BOUNDARY,
                                    harmless,
                                    "Authorization",
                                    basic(user, "demo"))
                            .statusCode())
                    .as(user)
                    .isIn(401, 403);
        }
        // an administrator's webapp session is no way round it
        WebClient admin = new WebClient(port);
        admin.vaadinLogin("demo", "demo");
        admin.get("/camunda/app/cockpit/default/");
        assertThat(admin.postBytes(
                                "/camunda/api/engine/engine/default/deployment/create",
                                "multipart/form-data; boundary=" + BOUNDARY,
                                harmless,
                                "X-XSRF-TOKEN",
                                String.valueOf(admin.cookie("XSRF-TOKEN")))
                        .statusCode())
                .isIn(401, 403);

        HttpResponse<String> deployed = client.postBytes(
                "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + BOUNDARY,
                harmless,
                "Authorization",
                basic("deployer", "demo"));
        assertThat(deployed.statusCode()).isEqualTo(200);

        String script =
                "<bpmn:scriptTask id=\"Shell\" scriptFormat=\"groovy\"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>";
        HttpResponse<String> scripted = client.postBytes(
                "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + BOUNDARY,
                deployment("scripted.bpmn", bpmn(script)),
                "Authorization",
                basic("deployer", "demo"));
        assertThat(scripted.statusCode()).isEqualTo(400);
        String javaClass = "<bpmn:serviceTask id=\"Cls\" camunda:class=\"java.lang.Object\"/>";
        assertThat(client.postBytes(
                                "/engine-rest/deployment/create",
                                "multipart/form-data; boundary=" + BOUNDARY,
                                deployment("class.bpmn", bpmn(javaClass)),
                                "Authorization",
                                basic("deployer", "demo"))
                        .statusCode())
                .isEqualTo(400);
        String expression =
                "<bpmn:serviceTask id=\"Expr\" camunda:expression=\"${execution.getClass().forName('java.lang.Runtime')}\"/>";
        assertThat(client.postBytes(
                                "/engine-rest/deployment/create",
                                "multipart/form-data; boundary=" + BOUNDARY,
                                deployment("expr.bpmn", bpmn(expression)),
                                "Authorization",
                                basic("deployer", "demo"))
                        .statusCode())
                .isEqualTo(400);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("attack12")
                        .list())
                .allSatisfy(d -> assertThat(repository
                                .getBpmnModelInstance(d.getId())
                                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ScriptTask.class))
                        .isEmpty());
    }

    @Test
    void usersCannotRenameOrDeleteThemselves() {
        WebClient client = new WebClient(port);
        String reviewer = basic("reviewer", "demo");
        assertThat(client.send(
                                "DELETE",
                                "/engine-rest/user/reviewer",
                                null,
                                java.net.http.HttpRequest.BodyPublishers.noBody(),
                                "Authorization",
                                reviewer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(identity.createUserQuery().userId("reviewer").count()).isEqualTo(1);
        assertThat(client.send(
                                "PUT",
                                "/engine-rest/user/reviewer/profile",
                                "application/json",
                                java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"id\":\"reviewer\",\"firstName\":\"x\",\"lastName\":\"y\"}"),
                                "Authorization",
                                reviewer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(identity.createUserQuery().userId("reviewer").singleResult().getFirstName())
                .isNotEqualTo("x");
    }

    @Test
    void passwordPolicyApplies() {
        WebClient client = new WebClient(port);
        HttpResponse<String> weak = client.post(
                "/engine-rest/user/create",
                "application/json",
                "{\"profile\":{\"id\":\"weakling\",\"firstName\":\"w\",\"lastName\":\"k\"},\"credentials\":{\"password\":\"a\"}}",
                "Authorization",
                basic("demo", "demo"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(identity.createUserQuery().userId("weakling").count()).isZero();
    }

    static String bpmn(String element) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs" targetNamespace="http://attack">
                  <bpmn:process id="attack12" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"/>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(element);
    }

    static byte[] deployment(String fileName, String bpmn) {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nattack\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
