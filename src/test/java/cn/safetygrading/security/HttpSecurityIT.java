package cn.safetygrading.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Who gets through /engine-rest, /api and the Camunda webapps. */
class HttpSecurityIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private static final String OWN = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
    /** A demo enterprise in 文登区, outside the reviewer's 环翠区 and not the demo enterprise. */
    private static final String WENDENG = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
            .filter(e -> e.regionCode().equals("371003"))
            .findFirst()
            .orElseThrow()
            .uscc();

    @Test
    void engineRestNeedsBasicAuthentication() {
        var response = http.getForEntity("/engine-rest/engine", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // no Basic challenge: browsers never prompt for (and cache) credentials; scripts send them pre-emptively
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        // (a wrong password for a demo account would delay its next logins: Camunda's brute-force protection)
        assertThat(http.withBasicAuth("nobody", "wrong")
                        .getForEntity("/engine-rest/engine", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void administratorReachesTheEngine() {
        var response = http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/engine", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"default\"");
    }

    @Test
    void enterpriseAccountsAreRefusedAtTheEngine() {
        assertThat(http.withBasicAuth("enterprise", "demo")
                        .getForEntity("/engine-rest/engine", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("enterprise", "demo")
                        .getForEntity("/engine-rest/task", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void camundaAuthorizationsApplyToOfficials() {
        Map<String, Object> user = Map.of(
                "profile", Map.of("id", "intruder", "firstName", "x", "lastName", "y", "email", "x@example.org"),
                "credentials", Map.of("password", "Secret-12345"));
        var reviewer = http.withBasicAuth("reviewer", "demo")
                .postForEntity("/engine-rest/user/create", json(user), String.class);
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reviewer.getBody()).contains("AuthorizationException");
        var admin = http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/user/count", String.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the demo accounts at least; other tests may have added officials of their own
        assertThat(Integer.parseInt(admin.getBody().replaceAll("\\D", ""))).isGreaterThanOrEqualTo(5);
        var created = http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/user?id=intruder", String.class);
        assertThat(created.getBody()).isEqualTo("[]");
    }

    @Test
    void apiIsScopedToTheCaller() {
        assertThat(http.getForEntity("/api/enterprises/" + OWN, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var own = http.withBasicAuth("enterprise", "demo").getForEntity("/api/enterprises/" + OWN, String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody())
                .contains(
                        "\"uscc\":\"" + OWN + "\"",
                        "\"region\":\"371002\"",
                        "\"enterpriseClass\"",
                        "\"grade\"",
                        "\"name\"");
        // another enterprise's file does not exist for an enterprise account, nor another district's for a reviewer
        assertThat(http.withBasicAuth("enterprise", "demo")
                        .getForEntity("/api/enterprises/" + WENDENG, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("reviewer", "demo")
                        .getForEntity("/api/enterprises/" + WENDENG, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("reviewer", "demo")
                        .getForEntity("/api/enterprises/" + OWN, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("manager", "demo")
                        .getForEntity("/api/enterprises/" + WENDENG, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void cockpitOpensForAdministratorsOnly() {
        // anonymous visitors are sent to the application's login (the webapps have no login of their own any more)
        var anonymous = new WebClient(port).get("/camunda/app/cockpit/default/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/login");
        // the webapps' own login endpoint is closed, for administrators too (they sign in at /login)
        assertThat(webappLogin("demo", "demo")).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        assertThat(webappLogin("reviewer", "demo")).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        // an administrator signed in to the application opens Cockpit (CamundaWebappAccessIT has the rest)
        WebClient admin = new WebClient(port);
        admin.vaadinLogin("demo", "demo");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void uiRedirectsAnonymousVisitorsToTheLoginPage() {
        var login = http.getForEntity("/login", String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Tries to sign in to Cockpit as its own login page did: fetch the page for the CSRF token, then post the form. */
    private HttpStatus webappLogin(String user, String password) {
        var page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookies = String.join(
                "; ",
                page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                        .map(c -> c.split(";", 2)[0])
                        .toList());
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", token);
        headers.add(HttpHeaders.COOKIE, cookies);
        var response = http.postForEntity(
                "/camunda/api/admin/auth/user/default/login/cockpit", new HttpEntity<>(form, headers), String.class);
        return HttpStatus.valueOf(response.getStatusCode().value());
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
