package cn.safetygrading.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerApi.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /api/admin/departments} and {@code /api/admin/accounts}: administrators only, bad input named by field. */
class AdminApiIT extends IntegrationTest {

    static final String STRONG = "Weihai-2026-Ok";

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    private Response call(String user, String password, HttpMethod method, String path, Object body) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return LedgerApi.response(
                client.exchange(path, method, body == null ? null : new HttpEntity<>(body), String.class));
    }

    private Response admin(HttpMethod method, String path, Object body) {
        return call("demo", "demo", method, path, body);
    }

    private List<String> groups(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
    }

    @Test
    void nobodyButAdministratorsGetsThrough() {
        for (String path : List.of("/api/admin/departments", "/api/admin/accounts")) {
            assertThat(call(null, null, HttpMethod.GET, path, null).status())
                    .as(path)
                    .isEqualTo(401);
            for (String user : List.of("reviewer", "manager", "expert", "enterprise")) {
                assertThat(call(user, "demo", HttpMethod.GET, path, null).status())
                        .as(user + " " + path)
                        .isEqualTo(403);
            }
            assertThat(admin(HttpMethod.GET, path, null).status()).isEqualTo(200);
        }
        Response create = call(
                "manager",
                "demo",
                HttpMethod.POST,
                "/api/admin/accounts",
                Map.of("userId", "sneaky", "displayName", "x", "password", STRONG, "roles", List.of("ADMIN")));
        assertThat(create.status()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("sneaky").count()).isZero();
        Response dept = call(
                "reviewer",
                "demo",
                HttpMethod.POST,
                "/api/admin/departments",
                Map.of("name", "威海市偷建局", "regionCode", "371000", "kind", "sneaky"));
        assertThat(dept.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from department where kind = 'sneaky'", Long.class))
                .isZero();
        Response reset = call(
                "enterprise", "demo", HttpMethod.PUT, "/api/admin/accounts/demo/password", Map.of("password", STRONG));
        assertThat(reset.status()).isEqualTo(403);
    }

    @Test
    void anAdministratorSetsUpADepartmentAndItsOfficial() {
        Response created = admin(
                HttpMethod.POST,
                "/api/admin/departments",
                Map.of("name", "威海市市场监督管理局", "regionCode", "371000", "kind", "market"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().at("/department/id").asText()).isEqualTo("371000-market");
        Response duties = admin(
                HttpMethod.PUT,
                "/api/admin/departments/371000-market/industries",
                Map.of("competent", List.of("14"), "supervising", List.of("14", "15")));
        assertThat(duties.status()).as(duties.raw()).isEqualTo(200);
        assertThat(duties.body().at("/industries/supervising").toString()).isEqualTo("[\"14\",\"15\"]");
        Response listed = admin(HttpMethod.GET, "/api/admin/departments?region=371000&q=市场&limit=10", null);
        assertThat(listed.body().get("total").asLong()).isEqualTo(1);

        Response account = admin(
                HttpMethod.POST,
                "/api/admin/accounts",
                Map.of(
                        "userId",
                        "market1",
                        "displayName",
                        "赵市监",
                        "password",
                        STRONG,
                        "roles",
                        List.of("REVIEWER"),
                        "regionCode",
                        "371000",
                        "department",
                        "威海市市场监督管理局"));
        assertThat(account.status()).as(account.raw()).isEqualTo(201);
        assertThat(groups("market1")).containsExactly("reviewer", "reviewer-371000", "reviewer-371000-market");
        assertThat(call("market1", STRONG, HttpMethod.GET, "/api/enterprises?limit=1", null)
                        .status())
                .isEqualTo(200);

        Response changed = admin(
                HttpMethod.PUT,
                "/api/admin/accounts/market1",
                Map.of(
                        "displayName",
                        "赵市监",
                        "roles",
                        List.of("INSPECTOR", "MANAGER"),
                        "regionCode",
                        "371002",
                        "department",
                        "威海市环翠区住房和城乡建设局"));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(groups("market1"))
                .containsExactly(
                        "inspector",
                        "inspector-371002",
                        "inspector-371002-housing",
                        "manager",
                        "manager-371002",
                        "manager-371002-housing");
        assertThat(jdbc.queryForObject("select department from account where user_id = 'market1'", String.class))
                .isEqualTo("环翠区住房和城乡建设局"); // stored as the annex writes it, whatever form was sent
        Response found = admin(HttpMethod.GET, "/api/admin/accounts?role=INSPECTOR&region=371002", null);
        assertThat(found.raw()).contains("market1");

        // in use: refused with a clear sentence; once nobody names it, it goes
        jdbc.update("update account set department = '威海市市场监督管理局' where user_id = 'market1'");
        Response inUse = admin(HttpMethod.DELETE, "/api/admin/departments/371000-market", null);
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.body().get("field").asText()).isEqualTo("id");
        assertThat(inUse.body().get("message").asText()).contains("1 个账号").contains("不能删除");
        jdbc.update("update account set department = null where user_id = 'market1'");

        Response renamed = admin(HttpMethod.PUT, "/api/admin/departments/371000-market", Map.of("name", "威海市市场监管局"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(admin(HttpMethod.DELETE, "/api/admin/departments/371000-market", null)
                        .status())
                .isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "select count(*) from department_industry where department_id = '371000-market'", Long.class))
                .isZero();

        // disabled: out of every group, refused at sign-in
        assertThat(admin(HttpMethod.POST, "/api/admin/accounts/market1/disable", null)
                        .status())
                .isEqualTo(204);
        assertThat(groups("market1")).isEmpty();
        assertThat(call("market1", STRONG, HttpMethod.GET, "/api/enterprises?limit=1", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badInputIsRefusedByFieldAndNothingIsStored() {
        Map<String, Object> good = Map.of(
                "userId",
                "newone",
                "displayName",
                "钱新",
                "password",
                STRONG,
                "roles",
                List.of("REVIEWER"),
                "regionCode",
                "371002");
        assertRefused("/api/admin/accounts", with(good, "regionCode", "999999"), "regionCode");
        assertRefused("/api/admin/accounts", with(good, "password", "short"), "password");
        assertRefused("/api/admin/accounts", with(good, "password", "newone-Weihai1"), "password");
        assertRefused("/api/admin/accounts", with(good, "userId", "reviewer"), "userId");
        assertRefused("/api/admin/accounts", with(good, "roles", List.of("ENTERPRISE")), "uscc");
        assertRefused("/api/admin/accounts", with(good, "roles", List.of("KING")), "roles");
        assertRefused("/api/admin/accounts", with(good, "department", "威海市交通运输局"), "department");
        assertThat(identity.createUserQuery().userId("newone").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account where user_id = 'newone'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from account where user_id = 'reviewer'", Long.class))
                .isEqualTo(1);

        Map<String, Object> dept = Map.of("name", "威海市新局", "regionCode", "371000", "kind", "newkind");
        assertRefused("/api/admin/departments", with(dept, "regionCode", "000000"), "regionCode");
        assertRefused("/api/admin/departments", with(dept, "name", "威海市应急管理局"), "name");
        assertRefused("/api/admin/departments", with(dept, "kind", "emergency"), "kind");
        assertThat(jdbc.queryForObject("select count(*) from department where name = '威海市新局'", Long.class))
                .isZero();

        // never demote or disable yourself
        Response demote = admin(
                HttpMethod.PUT,
                "/api/admin/accounts/demo",
                Map.of("displayName", "系统管理员", "roles", List.of("MANAGER"), "regionCode", "371000"));
        assertThat(demote.status()).isEqualTo(400);
        assertThat(demote.body().get("field").asText()).isEqualTo("roles");
        Response self = admin(HttpMethod.POST, "/api/admin/accounts/demo/disable", null);
        assertThat(self.status()).isEqualTo(400);
        assertThat(groups("demo")).contains("camunda-admin");
        Response weakReset = admin(HttpMethod.PUT, "/api/admin/accounts/reviewer/password", Map.of("password", "abc"));
        assertThat(weakReset.status()).isEqualTo(400);
        assertThat(weakReset.body().get("field").asText()).isEqualTo("password");
        assertThat(call("reviewer", "demo", HttpMethod.GET, "/api/enterprises?limit=1", null)
                        .status())
                .isEqualTo(200);
        assertThat(admin(HttpMethod.GET, "/api/admin/accounts?limit=0", null)
                        .body()
                        .get("field")
                        .asText())
                .isEqualTo("limit");
    }

    private void assertRefused(String path, Map<String, Object> body, String field) {
        Response r = admin(HttpMethod.POST, path, body);
        assertThat(r.status()).as(body + " " + r.raw()).isEqualTo(400);
        assertThat(r.body().get("field").asText()).as(r.raw()).isEqualTo(field);
        assertThat(r.body().get("message").asText()).isNotBlank().doesNotContain("Exception");
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
