package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.domain.InspectionDraw;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.service.InspectionPlanService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 001 (一企一级执法) and domain §11: the city's plan holds its 市级 enterprises and a county's its
 * 区市级 ones, no enterprise in two; one drawn and not yet inspected is not drawn again; each pick is
 * inspected by its 直接监管责任部门's inspectors (at the city for a 市级 one), else the region's.
 */
class OneEnforcementLevelIT extends IntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

    @Autowired
    InspectionPlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> drawIds = new ArrayList<>();
    private List<Map<String, Object>> saved;
    private Account manager;

    @BeforeEach
    void inspectors() {
        manager = accounts.find("manager").orElseThrow();
        account("ins-wd-1", "371003");
        account("ins-wd-2", "371003");
        account("ins-city-1", "371000");
        account("ins-city-2", "371000");
        saved = jdbc.queryForList("select uscc, supervising_department, management_level from enterprise");
    }

    @AfterEach
    void undo() {
        for (String id : drawIds) {
            for (String pid : jdbc.queryForList(
                    "select process_instance_id from inspection where draw_id = ?", String.class, id)) {
                if (pid != null
                        && runtime.createProcessInstanceQuery()
                                        .processInstanceId(pid)
                                        .count()
                                > 0) {
                    runtime.deleteProcessInstance(pid, "test undo", true, true);
                }
            }
            jdbc.update("delete from inspection where draw_id = ?", id);
        }
        for (Map<String, Object> row : saved) {
            jdbc.update(
                    "update enterprise set supervising_department = ?, management_level = ? where uscc = ?",
                    row.get("supervising_department"),
                    row.get("management_level"),
                    row.get("uscc"));
        }
    }

    private void account(String id, String region) {
        if (accounts.find(id).isEmpty()) {
            String department = jdbc.queryForObject(
                    "select name from department where id = ?", String.class, region + "-emergency");
            accounts.create(
                    new NewAccount(id, "执法" + id, "secret-123", Set.of(Role.INSPECTOR), region, department, null));
        }
    }

    /** An inspector only in a department's group (not in the region's pool). */
    private void departmentInspector(String id, String departmentId) {
        String group = "inspector-" + departmentId;
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            var g = identity.newGroup(group);
            g.setName(group);
            identity.saveGroup(g);
        }
        if (identity.createUserQuery().userId(id).count() == 0) {
            var u = identity.newUser(id);
            u.setFirstName(id);
            identity.saveUser(u);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identity.createMembership(id, group);
        }
    }

    private InspectionDraw draw(String region, int n) {
        InspectionDraw draw = plans.draw(manager, region, AS_OF, n);
        drawIds.add(draw.id());
        return draw;
    }

    private static Set<String> usccs(DrawResult result) {
        return result.picks().stream().map(DrawResult.Pick::uscc).collect(Collectors.toSet());
    }

    private String level(String uscc) {
        return jdbc.queryForObject("select management_level from enterprise where uscc = ?", String.class, uscc);
    }

    @Test
    void theCitysPlanAndACountysPlanAreDisjointAndSoAreTheirDraws() {
        Set<String> city = plans.plan(manager, "371000", 2027).stream()
                .map(PlanEntry::uscc)
                .collect(Collectors.toSet());
        assertThat(city).isNotEmpty().allMatch(u -> level(u).equals("CITY"));
        Set<String> all = new HashSet<>(city);
        for (String county : List.of("371002", "371003", "371082", "371083")) {
            Set<String> plan = plans.plan(manager, county, 2027).stream()
                    .map(PlanEntry::uscc)
                    .collect(Collectors.toSet());
            assertThat(plan)
                    .isNotEmpty()
                    .allMatch(u -> !level(u).equals("CITY"))
                    .doesNotContainAnyElementsOf(all);
            all.addAll(plan);
        }
        // every active enterprise is in exactly one plan
        assertThat(all)
                .hasSize(jdbc.queryForObject("select count(*) from enterprise where status = 'ACTIVE'", Integer.class));

        Set<String> drawnByCity = usccs(plans.result(draw("371000", InspectionPlanService.MAX_DRAW)));
        Set<String> drawnByCounty = usccs(plans.result(draw("371003", InspectionPlanService.MAX_DRAW)));
        assertThat(drawnByCity).isNotEmpty().allMatch(u -> level(u).equals("CITY"));
        assertThat(drawnByCounty)
                .isNotEmpty()
                .allMatch(u -> !level(u).equals("CITY"))
                .doesNotContainAnyElementsOf(drawnByCity);
    }

    @Test
    void anEnterpriseDrawnAndNotYetInspectedIsNotDrawnAgain() {
        InspectionDraw first = draw("371003", 2);
        Set<String> drawn = usccs(plans.result(first));
        assertThat(drawn).hasSize(2);
        assertThat(plans.plan(manager, "371003", 2027))
                .filteredOn(p -> drawn.contains(p.uscc()))
                .allMatch(PlanEntry::drawnOpen);

        InspectionDraw next = draw("371003", InspectionPlanService.MAX_DRAW);
        assertThat(plans.inputs(next).candidates())
                .extracting(DrawInputs.Candidate::uscc)
                .doesNotContainAnyElementsOf(drawn);
        assertThat(usccs(plans.result(next))).isNotEmpty().doesNotContainAnyElementsOf(drawn);

        // once inspected it may be drawn again
        String done = drawn.iterator().next();
        jdbc.update(
                "update inspection set status = 'DONE', done_on = planned_on where uscc = ? and draw_id = ?",
                done,
                first.id());
        jdbc.update("delete from inspection where draw_id = ?", next.id());
        assertThat(plans.inputs(draw("371003", 1)).candidates())
                .extracting(DrawInputs.Candidate::uscc)
                .contains(done);
    }

    @Test
    void eachPickIsInspectedByItsDepartmentAtTheCityForACityManagedOneElseByTheRegion() {
        departmentInspector("hs-wd-1", "371003-housing");
        departmentInspector("hs-wd-2", "371003-housing");
        departmentInspector("hs-city-1", "371000-housing");
        departmentInspector("hs-city-2", "371000-housing");
        String housing = jdbc.queryForObject("select name from department where id = '371003-housing'", String.class);
        List<String> county = jdbc.queryForList(
                "select uscc from enterprise where region_code like '371003%' and status = 'ACTIVE'"
                        + " and management_level <> 'CITY' order by uscc",
                String.class);
        String byHousing = county.get(0);
        String noDepartment = county.get(1);
        String cityManaged = jdbc.queryForObject(
                "select uscc from enterprise where region_code like '371003%' and status = 'ACTIVE'"
                        + " and management_level = 'CITY' order by uscc limit 1",
                String.class);
        jdbc.update(
                "update enterprise set supervising_department = ? where uscc in (?, ?)",
                housing,
                byHousing,
                cityManaged);
        jdbc.update("update enterprise set supervising_department = null where uscc = ?", noDepartment);
        jdbc.update(
                "delete from inspection where status = 'PLANNED' and uscc in (?, ?, ?)",
                byHousing,
                noDepartment,
                cityManaged);

        DrawResult countyDraw = plans.result(draw("371003", InspectionPlanService.MAX_DRAW));
        assertThat(pick(countyDraw, byHousing).inspectors()).containsExactlyInAnyOrder("hs-wd-1", "hs-wd-2");
        assertThat(candidateUsers(byHousing)).containsExactlyInAnyOrder("hs-wd-1", "hs-wd-2");
        assertThat(pool(byHousing)).isEqualTo("inspector-371003-housing");
        assertThat(pick(countyDraw, noDepartment).inspectors())
                .isSubsetOf(plans.inspectors("371003"))
                .doesNotContain("hs-wd-1", "hs-wd-2");
        assertThat(pool(noDepartment)).isNull();

        DrawResult cityDraw = plans.result(draw("371000", InspectionPlanService.MAX_DRAW));
        assertThat(pick(cityDraw, cityManaged).inspectors()).containsExactlyInAnyOrder("hs-city-1", "hs-city-2");
        assertThat(candidateUsers(cityManaged)).containsExactlyInAnyOrder("hs-city-1", "hs-city-2");
        assertThat(pool(cityManaged)).isEqualTo("inspector-371000-housing");
    }

    private static DrawResult.Pick pick(DrawResult result, String uscc) {
        return result.picks().stream()
                .filter(p -> p.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    private String processOf(String uscc) {
        return jdbc.queryForObject(
                "select process_instance_id from inspection where uscc = ? and status = 'PLANNED'", String.class, uscc);
    }

    private List<String> candidateUsers(String uscc) {
        var task = tasks.createTaskQuery()
                .processInstanceId(processOf(uscc))
                .taskDefinitionKey("inspectOnSite")
                .singleResult();
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getUserId)
                .filter(u -> u != null)
                .toList();
    }

    private Object pool(String uscc) {
        return runtime.getVariable(processOf(uscc), "inspectorPool");
    }
}
