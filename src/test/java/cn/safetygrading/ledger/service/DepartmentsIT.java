package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Departments as units (domain §11): names as the annex writes them and the short forms people write,
 * an unknown one rejected on its field, scope by department (reviewer vs builder vs an 应急管理局
 * manager) in the ledger and over {@code /api}, and account groups by department.
 */
class DepartmentsIT extends IntegrationTest {

    @Autowired
    Departments departments;

    @Autowired
    AccountService accounts;

    @Autowired
    LedgerService ledger;

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    private final String construction = demo("威海鲸园建设工程有限公司");
    private final String chemical = demo("威海华宇化工有限公司");
    private final String food = demo("威海环翠海鑫食品有限公司");
    private final String wendeng = demo("威海文登宏达石材有限公司");

    @Test
    void fullNamesShortFormsAndOldNamesResolveToTheAnnexName() {
        assertThat(name("环翠区住房和城乡建设局")).isEqualTo("环翠区住房和城乡建设局");
        assertThat(name("环翠区住建局")).isEqualTo("环翠区住房和城乡建设局");
        assertThat(name("威海市环翠区住房和城乡建设局")).isEqualTo("环翠区住房和城乡建设局");
        assertThat(name(" 环翠区　应急局 ")).isEqualTo("环翠区应急管理局");
        assertThat(name("市住建局")).isEqualTo("威海市住房和城乡建设局");
        assertThat(name("威海市住建局")).isEqualTo("威海市住房和城乡建设局");
        assertThat(name("市应急局")).isEqualTo("威海市应急管理局");
        assertThat(name("市发改委")).isEqualTo("威海市发展和改革委员会");
        assertThat(name("文登区发改局")).isEqualTo("文登区发展和改革局");
        assertThat(name("荣成市工信局")).isEqualTo("荣成市工业和信息化局");
        assertThat(name("乳山市文旅局")).isEqualTo("乳山市文化和旅游局");
        assertThat(name("环翠区交通局")).isEqualTo("环翠区交通运输局");
        assertThat(departments.resolve("环翠区安监站")).isEmpty();
        assertThat(departments.resolve("应急局")).isEmpty();

        Department housing = departments.byName("环翠区住房和城乡建设局").orElseThrow();
        assertThat(housing.id()).isEqualTo("371002-housing");
        assertThat(housing.kind()).isEqualTo("housing");
        assertThat(departments.cityCounterpart(housing).map(Department::name)).contains("威海市住房和城乡建设局");
        assertThat(departments.byId("371000-emergency").map(Department::isEmergency))
                .contains(true);
        // the 50 shipped departments (ten kinds in the city and its four districts); administrators may add more
        assertThat(departments.all())
                .extracting(cn.safetygrading.ledger.domain.Department::id)
                .containsAll(java.util.stream.Stream.of("371000", "371002", "371003", "371082", "371083")
                        .flatMap(region -> java.util.stream.Stream.of(
                                        "agriculture",
                                        "commerce",
                                        "culture",
                                        "development",
                                        "emergency",
                                        "housing",
                                        "industry",
                                        "ocean",
                                        "transport",
                                        "water")
                                .map(kind -> region + "-" + kind))
                        .toList());
        assertThat(departments.responsibleFor(chemical).map(Department::name)).contains("威海市应急管理局");
        assertThat(departments.responsibleFor(construction).map(Department::name))
                .contains("环翠区住房和城乡建设局");
    }

    @Test
    void importStoresTheAnnexNameAndRejectsAnUnknownDepartmentOnItsField() {
        String known = LedgerFiles.uscc("371002", "DN");
        String unknown = LedgerFiles.uscc("371002", "DN");
        byte[] file = LedgerFiles.annex()
                .row("1", "威海简称测试有限公司", known, "环翠区", "47", "Ⅱ", "", "", "环翠区住建局", "环翠区住建局", "")
                .row("2", "威海未知部门有限公司", unknown, "环翠区", "47", "Ⅱ", "", "", "", "火星区应急局", "")
                .csv();
        JsonNode body =
                LedgerApi.importFile(http, "demo", file, "部门.csv", "371002").body();
        assertThat(body.get("imported").asInt()).as(body.toString()).isEqualTo(1);
        assertThat(body.get("rejected")).hasSize(1);
        assertThat(body.get("rejected").get(0).get("row").asInt()).isEqualTo(5);
        assertThat(body.get("rejected").get(0).get("field").asText()).isEqualTo("直接监管责任部门");
        assertThat(body.get("rejected").get(0).get("message").asText()).startsWith("部门“火星区应急局”不是本市的部门");
        assertThat(jdbc.queryForMap(
                        "select competent_department, supervising_department from enterprise where uscc = ?", known))
                .containsEntry("competent_department", "环翠区住房和城乡建设局")
                .containsEntry("supervising_department", "环翠区住房和城乡建设局");
        assertThat(jdbc.queryForObject("select count(*) from enterprise where uscc = ?", Integer.class, unknown))
                .isZero();
    }

    @Test
    void aDepartmentSeesTheEnterprisesItSupervisesAndTheEmergencyManagersTheRegion() {
        assertThat(status("reviewer", food)).isEqualTo(200);
        assertThat(status("reviewer", construction)).isEqualTo(404);
        assertThat(status("reviewer", chemical)).isEqualTo(404);
        assertThat(status("builder", construction)).isEqualTo(200);
        assertThat(status("builder", food)).isEqualTo(404);
        assertThat(status("cityreviewer", chemical)).isEqualTo(200);
        assertThat(status("cityreviewer", construction)).isEqualTo(404);
        assertThat(status("manager", construction)).isEqualTo(200);
        assertThat(status("expert", construction)).isEqualTo(200);

        Account huancuiManager = official("dept-hcm", Role.MANAGER, "371002", "环翠区应急管理局");
        assertThat(ledger.find(huancuiManager, construction)).isPresent();
        assertThat(ledger.find(huancuiManager, chemical)).isPresent();
        assertThat(ledger.find(huancuiManager, wendeng)).isEmpty();

        Account builder = accounts.find("builder").orElseThrow();
        List<Enterprise> page = ledger.page(builder, EnterpriseFilter.none(), "uscc", false, 0, 500);
        assertThat(page)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.supervisingDepartment()).isEqualTo("环翠区住房和城乡建设局"));
        assertThat(ledger.count(builder, EnterpriseFilter.none())).isEqualTo(page.size());
        Account reviewer = accounts.find("reviewer").orElseThrow();
        assertThat(ledger.page(reviewer, EnterpriseFilter.none(), "uscc", false, 0, 500))
                .allSatisfy(e -> assertThat(e.supervisingDepartment()).isEqualTo("环翠区应急管理局"));
        assertThat(ledger.count(huancuiManager, EnterpriseFilter.none()))
                .isGreaterThan(ledger.count(reviewer, EnterpriseFilter.none()));
    }

    @Test
    void accountsJoinTheirDepartmentGroupsAndAProfileChangeReconcilesThem() {
        assertThat(accounts.find("reviewer").orElseThrow().groups())
                .contains("reviewer-371002", "reviewer-371002-emergency")
                .doesNotContain("reviewer-371002-housing");
        assertThat(accounts.find("builder").orElseThrow().groups())
                .contains("reviewer-371002", "reviewer-371002-housing");
        assertThat(accounts.find("cityreviewer").orElseThrow().groups()).contains("reviewer-371000-emergency");

        Account created = official("dept-move", Role.REVIEWER, "371002", "环翠区应急局");
        assertThat(created.department()).isEqualTo("环翠区应急管理局");
        assertThat(created.groups()).contains("reviewer", "reviewer-371002", "reviewer-371002-emergency");

        Account changed =
                accounts.changeProfile("dept-move", "移交后", Set.of(Role.REVIEWER, Role.INSPECTOR), "371003", "文登区住建局");
        assertThat(changed.displayName()).isEqualTo("移交后");
        assertThat(changed.regionCode()).isEqualTo("371003");
        assertThat(changed.department()).isEqualTo("文登区住房和城乡建设局");
        assertThat(changed.groups())
                .containsExactlyInAnyOrder(
                        "reviewer",
                        "reviewer-371003",
                        "reviewer-371003-housing",
                        "inspector",
                        "inspector-371003",
                        "inspector-371003-housing");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where table_name = 'account' and record_key = 'dept-move'"
                                + " and kind = 'UPDATE' and after ->> 'department' = '文登区住房和城乡建设局'",
                        Integer.class))
                .isOne();

        jdbc.update("delete from act_id_membership where user_id_ = 'dept-move' and group_id_ like '%-371003-housing'");
        // (other accounts of the shared test database may be repaired in the same run)
        assertThat(accounts.ensureDepartmentGroups()).isGreaterThanOrEqualTo(2);
        assertThat(accounts.find("dept-move").orElseThrow().groups())
                .contains("reviewer-371003-housing", "inspector-371003-housing");
    }

    private String name(String stated) {
        return departments.resolve(stated).map(Department::name).orElse(null);
    }

    private int status(String user, String uscc) {
        return LedgerApi.get(http, user, "/api/enterprises/" + uscc).status();
    }

    private Account official(String userId, Role role, String region, String department) {
        if (!accounts.exists(userId)) {
            accounts.create(new NewAccount(userId, userId, "Secret-12345!", Set.of(role), region, department, null));
        }
        return accounts.find(userId).orElseThrow();
    }

    private static String demo(String name) {
        return DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow()
                .uscc();
    }
}
