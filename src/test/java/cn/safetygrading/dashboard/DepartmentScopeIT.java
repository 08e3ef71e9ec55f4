package cn.safetygrading.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionFiguresService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's supervision figures, a campaign's progress and the sign-offs follow the department rule
 * (domain §11): {@code builder} (环翠区住房和城乡建设局) counts only its department's enterprises,
 * {@code reviewer} (环翠区应急管理局) not builder's, {@code manager} (威海市应急管理局) the whole city; a
 * department's official sees only its own department's sign-offs, never a region's whole ledger.
 */
class DepartmentScopeIT extends IntegrationTest {

    @Autowired
    SupervisionFiguresService figures;

    @Autowired
    DashboardService dashboard;

    @Autowired
    SignOffService signOffs;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    cn.safetygrading.supervision.service.StationingService stationing;

    private final String construction = demo("威海鲸园建设工程有限公司"); // 环翠区住房和城乡建设局
    private final String food = demo("威海环翠海鑫食品有限公司"); // 环翠区应急管理局

    @Test
    void supervisionFiguresCountOnlyTheDepartmentsEnterprises() {
        Account builder = account("builder");
        Account reviewer = account("reviewer");
        Account manager = account("manager");
        long builderBefore = planned(builder);
        long reviewerBefore = planned(reviewer);
        long managerBefore = planned(manager);
        try {
            plannedInspections(builder, reviewer, manager, builderBefore, reviewerBefore, managerBefore);
        } finally { // the tests share a database: leave the plan as it was
            jdbc.update("delete from inspection where inspectors = 'scope-it'");
        }
    }

    private void plannedInspections(
            Account builder,
            Account reviewer,
            Account manager,
            long builderBefore,
            long reviewerBefore,
            long managerBefore) {
        plannedInspection(construction);
        assertThat(planned(builder)).isEqualTo(builderBefore + 1);
        assertThat(planned(reviewer)).isEqualTo(reviewerBefore);
        assertThat(planned(manager)).isEqualTo(managerBefore + 1);

        plannedInspection(food);
        assertThat(planned(builder)).isEqualTo(builderBefore + 1);
        assertThat(planned(reviewer)).isEqualTo(reviewerBefore + 1);
        assertThat(planned(manager)).isEqualTo(managerBefore + 2);
    }

    @Test
    void aCampaignsProgressCountsOnlyTheDepartmentsCases() {
        String campaign = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.update(
                """
                insert into campaign (id, name, region_code, year, self_assessment_due, review_due, spot_check_due, closes_at,
                                      spot_check_ratio, notice_period, seed, status, launched_by, launched_at)
                values (?, '部门范围测试', '371000', ?, ?, ?, ?, ?, 0.2, 'P7D', 1, 'RUNNING', 'manager', ?)""",
                campaign,
                now.getYear(),
                now.plusDays(10),
                now.plusDays(20),
                now.plusDays(30),
                now.plusDays(40),
                now);
        try {
            progress(campaign, now);
        } finally { // the tests share a database: no open cases left behind
            jdbc.update("delete from grading_case where campaign_id = ?", campaign);
            jdbc.update("delete from campaign where id = ?", campaign);
        }
    }

    private void progress(String campaign, OffsetDateTime now) {
        gradingCase(campaign, construction, "preliminaryReview", now);
        gradingCase(campaign, food, "preliminaryReview", now);
        String another = jdbc.queryForObject("""
                select uscc from enterprise where supervising_department = '环翠区应急管理局' and region_code = '371002'
                   and uscc <> ? order by uscc limit 1""", String.class, food);
        gradingCase(campaign, another, "GRADED", now);

        assertThat(total(dashboard.campaignProgress(account("builder"), campaign)))
                .isEqualTo(1);
        assertThat(total(dashboard.campaignProgress(account("reviewer"), campaign)))
                .isEqualTo(2);
        assertThat(total(dashboard.campaignProgress(account("manager"), campaign)))
                .isEqualTo(3);
        assertThat(dashboard.campaignProgress(account("builder"), campaign))
                .singleElement()
                .satisfies(p -> assertThat(p.preliminaryReview()).isEqualTo(1));
    }

    @Test
    void rovingCandidatesAreTheDepartmentsOwn() {
        List<String> before = jdbc.queryForList(
                "select uscc || ':' || coalesce(stationing, '') from enterprise where uscc in (?, ?)",
                String.class,
                construction,
                food);
        jdbc.update("update enterprise set stationing = 'ROVING' where uscc in (?, ?)", construction, food);
        try {
            assertThat(roving("builder")).contains(construction).doesNotContain(food);
            assertThat(roving("reviewer")).contains(food).doesNotContain(construction);
            assertThat(roving("manager")).contains(construction, food);
        } finally {
            before.forEach(b -> jdbc.update(
                    "update enterprise set stationing = nullif(?, '') where uscc = ?",
                    b.substring(b.indexOf(':') + 1),
                    b.substring(0, b.indexOf(':'))));
        }
    }

    private List<Object> roving(String userId) {
        Account account = account(userId);
        String region = "manager".equals(userId) ? "371000" : "371002";
        return stationing.rovingCandidates(account, region).stream()
                .map(r -> (Object) r.uscc())
                .toList();
    }

    @Test
    void aDepartmentSeesOnlyItsOwnDepartmentsSignOffs() {
        Account manager = account("manager");
        Account cityHousing = official("cityhousing-manager", Role.MANAGER, "371000", "威海市住房和城乡建设局");
        LocalDate asOf = LocalDate.now(clock);
        SignOff city = signOffs.sign(manager, "371000", asOf, null);
        SignOff huancui = signOffs.sign(manager, "371002", asOf, null);
        SignOff housing = signOffs.sign(cityHousing, "371000", asOf, null);
        assertThat(housing.department()).isEqualTo("威海市住房和城乡建设局");

        assertThat(visible(manager, city, huancui, housing)).containsExactly(true, true, true);
        assertThat(visible(cityHousing, city, huancui, housing)).containsExactly(false, false, true);
        assertThat(visible(account("builder"), city, huancui, housing)).containsExactly(false, false, false);
        assertThat(signOffs.list(account("builder"), 0, 500))
                .extracting(SignOff::id)
                .doesNotContain(city.id(), huancui.id(), housing.id());
        assertThat(signOffs.list(cityHousing, 0, 500))
                .extracting(SignOff::department)
                .containsOnly("威海市住房和城乡建设局");
        assertThat(signOffs.count(cityHousing))
                .isEqualTo(signOffs.list(cityHousing, 0, 500).size());
    }

    private List<Boolean> visible(Account account, SignOff... all) {
        return java.util.Arrays.stream(all)
                .map(s -> signOffs.find(account, s.id()).isPresent())
                .toList();
    }

    private long planned(Account account) {
        return figures.figures(account).inspectionsPlanned();
    }

    private void plannedInspection(String uscc) {
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status) values (?, ?, 'scope-it', ?, 'PLANNED')",
                UUID.randomUUID().toString(),
                uscc,
                LocalDate.now(clock));
    }

    private void gradingCase(String campaign, String uscc, String step, OffsetDateTime now) {
        jdbc.update("""
                insert into grading_case (id, process_instance_id, uscc, campaign_id, trigger, region_code, step, started_at)
                values (?, ?, ?, ?, 'CAMPAIGN', (select region_code from enterprise where uscc = ?), ?, ?)""", UUID.randomUUID().toString(), "scope-" + UUID.randomUUID(), uscc, campaign, uscc, step, now);
    }

    private static long total(List<CampaignProgress> rows) {
        return rows.stream().mapToLong(CampaignProgress::total).sum();
    }

    private Account account(String userId) {
        return accounts.find(userId).orElseThrow();
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
