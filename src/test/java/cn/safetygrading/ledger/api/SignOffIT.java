package cn.safetygrading.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** 审签: the signed version is frozen; later imports and corrections do not touch it. */
class SignOffIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    /** The application's clock and zone (Asia/Shanghai): "today" is the application's today, whatever the JVM's zone. */
    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    AccountService accountService;

    @Test
    void theSignedLedgerIsFrozen() {
        String a = LedgerFiles.uscc("371083", "QF");
        String b = LedgerFiles.uscc("371083", "QF");
        LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "备注"))
                .row("乳山宏达石化有限公司", a, "25", "Ⅰ", "危险物品的生产、经营、储存、装卸")
                .row("乳山海风服装有限公司", b, "18", "Ⅱ", "");
        assertThat(LedgerApi.importFile(http, "manager", file.csv(), "乳山.csv", "371083")
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(2);
        String live = exportCsv("/api/ledger/export?format=csv&region=371083");

        var signed = post(
                "manager",
                Map.of("region", "371083", "asOf", LocalDate.now(clock).toString(), "fillingUnit", "乳山市人民政府"));
        assertThat(signed.status()).as(signed.raw()).isEqualTo(201);
        long id = signed.body().get("id").asLong();
        int total = signed.body().get("total").asInt();
        assertThat(signed.body().get("signer").asText()).isEqualTo("王主任");
        assertThat(signed.body().get("classI").asInt()
                        + signed.body().get("classII").asInt())
                .isEqualTo(total);
        String frozen = exportCsv("/api/ledger/signoffs/" + id + "/export?format=csv");
        assertThat(frozen)
                .contains(
                        "审签人：王主任　　审签日期：" + LocalDate.now(clock).getYear() + "年", "填报单位：乳山市人民政府　　共计各类企业：" + total + "家");
        // the rows are those of the live ledger at signing (its last column 重点关注 is live state, not frozen)
        assertThat(rows(frozen))
                .isEqualTo(rows(live).stream()
                        .map(l -> l.substring(0, l.lastIndexOf(',')))
                        .toList());

        // later: a new enterprise, a changed name
        LedgerFiles later = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "备注"))
                .row("乳山宏达石油化工有限公司", a, "25", "Ⅰ", "危险物品的生产、经营、储存、装卸")
                .row("乳山海风服装有限公司", b, "18", "Ⅱ", "")
                .row("乳山新开物流有限公司", LedgerFiles.uscc("371083", "QF"), "54", "", "交通运输");
        JsonNode second = LedgerApi.importFile(http, "manager", later.csv(), "乳山.csv", "371083")
                .body();
        assertThat(second.get("imported").asInt()).isEqualTo(1);
        assertThat(second.get("updated").asInt()).isEqualTo(1);

        assertThat(exportCsv("/api/ledger/signoffs/" + id + "/export?format=csv"))
                .isEqualTo(frozen);
        JsonNode header =
                LedgerApi.get(http, "manager", "/api/ledger/signoffs/" + id).body();
        assertThat(header.get("total").asInt()).isEqualTo(total);
        assertThat(exportCsv("/api/ledger/export?format=csv&region=371083")).contains("乳山宏达石油化工有限公司", "乳山新开物流有限公司");
        assertThat(frozen).contains("乳山宏达石化有限公司").doesNotContain("乳山新开物流有限公司");
    }

    @Test
    void onlyManagersSignAndOnlyTheRegionSeesIt() {
        assertThat(post("reviewer", Map.of()).status()).isEqualTo(403);
        assertThat(post("enterprise", Map.of()).status()).isEqualTo(403);
        assertThat(post(
                                "manager",
                                Map.of("asOf", LocalDate.now(clock).plusDays(1).toString()))
                        .status())
                .isEqualTo(400);
        var city = post("manager", Map.of());
        assertThat(city.status()).isEqualTo(201);
        assertThat(city.body().get("regionCode").asText()).isEqualTo("371000");
        long id = city.body().get("id").asLong();
        // the reviewer of 环翠区 sees no sign-off of the whole city
        assertThat(LedgerApi.get(http, "reviewer", "/api/ledger/signoffs/" + id).status())
                .isEqualTo(404);
        assertThat(LedgerApi.get(http, "reviewer", "/api/ledger/signoffs/" + id + "/export?format=csv")
                        .status())
                .isEqualTo(404);
        assertThat(LedgerApi.get(http, "reviewer", "/api/ledger/signoffs")
                        .body()
                        .findValuesAsText("regionCode"))
                .doesNotContain("371000");
        assertThat(LedgerApi.get(http, "enterprise", "/api/ledger/signoffs").status())
                .isEqualTo(403);
        assertThat(LedgerApi.get(http, "expert", "/api/ledger/signoffs/" + id).status())
                .isEqualTo(200);
    }

    /**
     * A 市直部门 signs the ledger of its own 市级 enterprises: the city housing bureau's manager gets exactly
     * those whose 直接监管责任部门 it is and whose 监管分级 is 市级, with their totals, and no other region.
     */
    @Test
    void aCountyDepartmentSignsOnlyItsOwnEnterprisesNotTheCountys() {
        String housing = "环翠区住房和城乡建设局";
        if (accountService.find("hchousing").isEmpty()) {
            accountService.create(
                    new NewAccount("hchousing", "环翠住建王局长", "demo", Set.of(Role.MANAGER), "371002", housing, null),
                    true);
        }
        var signed = post("hchousing", Map.of());
        assertThat(signed.status()).as(signed.raw()).isEqualTo(201);
        assertThat(signed.body().get("department").asText()).isEqualTo(housing);
        long id = signed.body().get("id").asLong();
        long own = jdbc.queryForObject(
                "select count(*) from enterprise e join region r on r.code = e.region_code"
                        + " where (r.path = '371000/371002' or r.path like '371000/371002/%') and e.supervising_department = ?"
                        + " and e.status in ('ACTIVE', 'INDIVIDUAL')",
                Long.class, housing);
        assertThat(own).as("the demo has enterprises of 环翠区住房和城乡建设局").isPositive();
        assertThat(signed.body().get("total").asLong()).isEqualTo(own);
        assertThat(jdbc.queryForList(
                        "select distinct supervising_department from ledger_signoff_entry where signoff_id = ?",
                        String.class,
                        id))
                .containsExactly(housing);
    }

    @Test
    void aCityDepartmentSignsItsOwnCityLevelEnterprises() {
        String housing = "威海市住房和城乡建设局";
        if (accountService.find("cityhousing").isEmpty()) {
            accountService.create(
                    new NewAccount("cityhousing", "住建局李局长", "demo", Set.of(Role.MANAGER), "371000", housing, null),
                    true);
        }
        String own = LedgerFiles.uscc("371002", "HJ");
        String ownII = LedgerFiles.uscc("371003", "HJ");
        String county = LedgerFiles.uscc("371002", "HJ");
        String otherDepartment = LedgerFiles.uscc("371002", "HJ");
        LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "监管分级", "直接监管责任部门", "备注"))
                .row("威海城建集团有限公司", own, "47", "Ⅰ", "市级", housing, "建筑施工")
                .row("环翠区小型装修有限公司", county, "50", "Ⅰ", "区市级", "", "建筑施工")
                .row("威海化工储运有限公司", otherDepartment, "59", "Ⅰ", "市级", "威海市应急管理局", "危险物品的生产、经营、储存、装卸");
        assertThat(LedgerApi.importFile(http, "manager", file.csv(), "市级.csv", "371002")
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(3);
        LedgerFiles wendeng = LedgerFiles.withHeader(
                        List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "监管分级", "直接监管责任部门", "备注"))
                .row("威海市政物业管理有限公司", ownII, "70", "Ⅱ", "市级", housing, "");
        assertThat(LedgerApi.importFile(http, "manager", wendeng.csv(), "市级.csv", "371003")
                        .body()
                        .get("imported")
                        .asInt())
                .isEqualTo(1);

        // not a region of theirs, nor someone else's sign-off
        assertThat(post("cityhousing", Map.of("region", "371002")).status()).isEqualTo(404);
        var signed = post("cityhousing", Map.of());
        assertThat(signed.status()).as(signed.raw()).isEqualTo(201);
        assertThat(signed.body().get("department").asText()).isEqualTo(housing);
        assertThat(signed.body().get("regionCode").asText()).isEqualTo("371000");
        assertThat(signed.body().get("fillingUnit").asText()).isEqualTo(housing);
        long id = signed.body().get("id").asLong();

        String csv = new String(
                http.withBasicAuth("cityhousing", "demo")
                        .getForEntity("/api/ledger/signoffs/" + id + "/export?format=csv", byte[].class)
                        .getBody(),
                StandardCharsets.UTF_8);
        List<String> rows = rows(csv);
        assertThat(rows)
                .anyMatch(r -> r.contains(own))
                .anyMatch(r -> r.contains(ownII))
                .noneMatch(r -> r.contains(county))
                .noneMatch(r -> r.contains(otherDepartment));
        assertThat(rows).allSatisfy(r -> {
            String[] cells = r.split(",", -1);
            assertThat(cells[7]).isEqualTo("市级");
            assertThat(cells[9]).isEqualTo(housing);
        });
        long classI = rows.stream().filter(r -> r.split(",", -1)[5].equals("Ⅰ")).count();
        assertThat(signed.body().get("total").asInt()).isEqualTo(rows.size());
        assertThat(signed.body().get("classI").asInt()).isEqualTo((int) classI);
        assertThat(signed.body().get("classII").asInt()).isEqualTo(rows.size() - (int) classI);
        assertThat(csv).contains("填报单位：" + housing + "　　共计各类企业：" + rows.size() + "家");

        // the city's 应急管理局 manager still signs the whole city, the department's enterprises among them
        var city = post("manager", Map.of());
        assertThat(city.body().get("department").isNull()).isTrue();
        assertThat(city.body().get("total").asInt()).isGreaterThan(rows.size());
        // the 环翠区 reviewer sees neither
        assertThat(LedgerApi.get(http, "reviewer", "/api/ledger/signoffs/" + id).status())
                .isEqualTo(404);
        assertThat(post("reviewer", Map.of()).status()).isEqualTo(403);
    }

    private static List<String> rows(String csv) {
        List<String> lines = List.of(csv.split("\r\n"));
        return lines.subList(4, lines.size());
    }

    private String exportCsv(String path) {
        byte[] body = http.withBasicAuth("manager", "demo")
                .getForEntity(path, byte[].class)
                .getBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    private LedgerApi.Response post(String user, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(http.withBasicAuth(user, "demo")
                .postForEntity("/api/ledger/signoffs", new HttpEntity<>(body, headers), String.class));
    }
}
