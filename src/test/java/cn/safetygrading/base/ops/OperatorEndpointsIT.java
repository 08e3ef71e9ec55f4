package cn.safetygrading.base.ops;

import static cn.safetygrading.security.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.security.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operators' pages: the OpenAPI description of /api with its UI, and the Prometheus metrics, for
 * administrators only, by session (a browser) and by Basic credentials (a scraper or script).
 */
class OperatorEndpointsIT extends IntegrationTest {

    private static final String[] DOCS = {
        "/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html", "/swagger-ui.html"
    };

    @LocalServerPort
    int port;

    @Test
    void theApiDescriptionIsForAdministratorsOnly() {
        for (String user : new String[] {"enterprise", "reviewer", "manager"}) {
            WebClient browser = new WebClient(port);
            browser.vaadinLogin(user, "demo");
            for (String path : DOCS) {
                assertThat(browser.get(path).statusCode())
                        .as(user + " session " + path)
                        .isIn(401, 403);
                assertThat(new WebClient(port)
                                .get(path, "Authorization", basic(user, "demo"))
                                .statusCode())
                        .as(user + " basic " + path)
                        .isIn(401, 403);
            }
        }
        for (String path : DOCS) {
            int anonymous = new WebClient(port).get(path).statusCode();
            assertThat(anonymous).as("anonymous " + path).isIn(302, 401, 403);
        }
        WebClient admin = new WebClient(port);
        admin.vaadinLogin("demo", "demo");
        HttpResponse<String> docs = admin.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        // /api only: neither the engine's REST nor the actuator nor Vaadin's endpoints
        assertThat(docs.body())
                .contains("\"/api/")
                .doesNotContain("/engine-rest")
                .doesNotContain("/actuator");
        assertThat(admin.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(new WebClient(port)
                        .get("/v3/api-docs", "Authorization", basic("demo", "demo"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void prometheusShowsTheEngineFiguresToAdministratorsOnly() {
        assertThat(new WebClient(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(new WebClient(port)
                        .get("/actuator/prometheus", "Authorization", basic("enterprise", "demo"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(new WebClient(port)
                        .get("/actuator/prometheus", "Authorization", basic("manager", "demo"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> metrics =
                new WebClient(port).get("/actuator/prometheus", "Authorization", basic("demo", "demo"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "camunda_tasks_open ", "camunda_jobs_due ", "camunda_jobs_failed ", "camunda_incidents_open ");
    }
}
