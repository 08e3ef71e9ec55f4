package cn.safetygrading.security;

import static cn.safetygrading.security.WebClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Headers, sessions, request sizes, redirects and error bodies (issue 12, medium and low findings). */
class HardeningIT extends IntegrationTest {

    private static final String OWN = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext context;

    @Test
    void loginRequiresTheCsrfToken() {
        WebClient forged = new WebClient(port);
        forged.get("/login");
        var post = forged.post(
                "/login",
                "application/x-www-form-urlencoded",
                WebClient.form(Map.of("username", "manager", "password", "demo")));
        assertThat(post.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(post.statusCode()).isIn(302, 403);
        if (post.statusCode() == 302) {
            assertThat(post.headers().firstValue("Location").orElseThrow()).contains("/login");
        }
        // no session was signed in: the application still sends the visitor to the login page
        assertThat(forged.get("/").statusCode()).isEqualTo(302);

        WebClient browser = new WebClient(port);
        var login = browser.vaadinLogin("manager", "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void securityHeadersOnThePages() {
        WebClient browser = new WebClient(port);
        var login = browser.get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
        assertThat(login.headers().firstValue("Referrer-Policy").orElse(""))
                .isIn("strict-origin-when-cross-origin", "same-origin");
        // behind a TLS proxy (X-Forwarded-Proto from a trusted proxy address): HSTS and secure cookies
        var tls = browser.get("/login", "X-Forwarded-Proto", "https");
        assertThat(tls.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(tls.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("Secure"));
        // the Camunda webapps keep their own policy
        WebClient admin = new WebClient(port);
        admin.vaadinLogin("demo", "demo");
        var cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void anonymousSessionsAreShortSignedInSessionsLong() throws Exception {
        WebClient browser = new WebClient(port);
        browser.get("/login");
        assertThat(sessionTimeoutSeconds(browser.cookie("JSESSIONID"))).isEqualTo(30 * 60);
        assertThat(browser.vaadinLogin("reviewer", "demo").statusCode()).isEqualTo(302);
        assertThat(sessionTimeoutSeconds(browser.cookie("JSESSIONID"))).isEqualTo(8 * 3600);
    }

    private int sessionTimeoutSeconds(String sessionId) throws Exception {
        var server = (org.springframework.boot.web.embedded.tomcat.TomcatWebServer) context.getWebServer();
        var webapp = (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
        return webapp.getManager().findSession(sessionId).getMaxInactiveInterval();
    }

    @Test
    void engineRequestBodiesAreLimited() {
        String auth = basic("deployer", "demo");
        String declared = "POST /engine-rest/deployment/create HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                + "Authorization: " + auth + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: 62914560\r\nConnection: close\r\n\r\n";
        String response = new WebClient(port).raw(declared, new byte[0], 0);
        assertThat(response).startsWith("HTTP/1.1 413");
        String chunked = "POST /engine-rest/deployment/create HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                + "Authorization: " + auth + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] framed = ("100000\r\n" + new String(chunk, StandardCharsets.ISO_8859_1) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String chunkedResponse = new WebClient(port).raw(chunked, framed, 12);
        assertThat(chunkedResponse).startsWith("HTTP/1.1 413");
    }

    @Test
    void hostHeaderIsNotReflectedIntoRedirects() {
        String response = new WebClient(port)
                .raw("GET /inbox HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n", new byte[0], 0);
        assertThat(response).startsWith("HTTP/1.1 302");
        assertThat(response).doesNotContain("evil.example");
    }

    @Test
    void errorBodiesCarryNoExceptionText() {
        WebClient client = new WebClient(port);
        HttpResponse<String> malformed = client.send(
                "PUT",
                "/api/enterprises/" + OWN + "/classification",
                "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{not json"),
                "Authorization",
                basic("reviewer", "demo"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "JSON parse", "trace", "\tat ");
        HttpResponse<String> unknown = client.send(
                "PUT",
                "/api/enterprises/" + OWN + "/classification",
                "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"riskFeatures\":[\"NOPE\"]}"),
                "Authorization",
                basic("reviewer", "demo"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).doesNotContain("Exception", "NOPE", "trace");
    }

    @Test
    void healthDetailsForAdministratorsOnly() {
        WebClient client = new WebClient(port);
        assertThat(client.get("/actuator/health").body()).doesNotContain("components");
        assertThat(client.get("/actuator/health", "Authorization", basic("reviewer", "demo"))
                        .body())
                .doesNotContain("components");
        assertThat(client.get("/actuator/health", "Authorization", basic("demo", "demo"))
                        .body())
                .contains("components");
    }
}
