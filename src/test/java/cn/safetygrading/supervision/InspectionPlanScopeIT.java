package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.DrawInputs;
import cn.safetygrading.supervision.domain.InspectionDraw;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.domain.PlanFigures;
import cn.safetygrading.supervision.service.InspectionPlanService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Plans and draws follow the departments (domain §11): a stored draw names the enterprises it was
 * drawn from, so an official of another department of the same region sees neither the draw nor its
 * names; the 应急管理局's managers (综合监管) and the drawer's own department do.
 */
class InspectionPlanScopeIT extends IntegrationTest {

    @Autowired
    InspectionPlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final String construction = demo("威海鲸园建设工程有限公司"); // 环翠区住房和城乡建设局
    private final String food = demo("威海环翠海鑫食品有限公司"); // 环翠区应急管理局

    @Test
    void anotherDepartmentsOfficialSeesNeitherTheDrawNorItsNames() {
        official("hc-housing-ins-1", Role.INSPECTOR, "环翠区住房和城乡建设局");
        official("hc-housing-ins-2", Role.INSPECTOR, "环翠区住房和城乡建设局");
        Account housing = official("hc-housing-sup", Role.SUPERVISOR, "环翠区住房和城乡建设局");
        Account emergency = official("hc-emergency-ins", Role.INSPECTOR, "环翠区应急管理局");
        Account countyManager = official("hc-emergency-mgr", Role.MANAGER, "环翠区应急管理局");
        jdbc.update("delete from inspection where uscc = ?", construction);

        InspectionDraw draw = plans.draw(housing, "371002", LocalDate.of(2027, 3, 1), 50);
        List<String> drawnFrom = plans.inputs(draw).candidates().stream()
                .map(DrawInputs.Candidate::uscc)
                .toList();
        assertThat(drawnFrom).contains(construction).doesNotContain(food);

        assertThat(ids(plans.draws(housing, "371002", 200))).contains(draw.id());
        assertThat(ids(plans.draws(countyManager, "371002", 200))).contains(draw.id());
        assertThat(ids(plans.draws(accounts.find("manager").orElseThrow(), "371002", 200)))
                .contains(draw.id());
        // the attack: the 应急管理局's inspector lists the county's draws and opens this one
        assertThat(ids(plans.draws(emergency, "371002", 200))).doesNotContain(draw.id());
        assertThatThrownBy(() -> plans.find(emergency, draw.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.reproduce(emergency, draw.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.reproduce(housing, draw.id())).isTrue();
    }

    @Test
    void thePlansFiguresByRegionDepartmentAndIndustryStayInScope() {
        Account housing = official("hc-housing-sup", Role.SUPERVISOR, "环翠区住房和城乡建设局");
        Account emergency = official("hc-emergency-ins", Role.INSPECTOR, "环翠区应急管理局");
        Account countyManager = official("hc-emergency-mgr", Role.MANAGER, "环翠区应急管理局");
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        jdbc.update("delete from inspection where uscc = ?", construction);
        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status, done_on) values (gen_random_uuid()::text, ?, 'x,y', ?, 'DONE', ?)",
                construction,
                today,
                today);

        List<PlanEntry> plan = plans.plan(housing, "371002", year);
        List<PlanFigures> figures = plans.figures(housing, "371002", year);
        assertThat(of(figures, PlanFigures.DEPARTMENT)).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("环翠区住房和城乡建设局");
            assertThat(f.enterprises()).isEqualTo(plan.size());
            assertThat(f.overdue()).isEqualTo((int)
                    plan.stream().filter(p -> p.nextDue().isBefore(today)).count());
            assertThat(f.inspected())
                    .isEqualTo(count("status = 'DONE' and done_on", plan, year))
                    .isPositive();
            assertThat(f.drawn()).isEqualTo(count("draw_id is not null and planned_on", plan, year));
        });
        for (String dimension : List.of(PlanFigures.REGION, PlanFigures.INDUSTRY)) {
            assertThat(of(figures, dimension).stream()
                            .mapToInt(PlanFigures::enterprises)
                            .sum())
                    .isEqualTo(plan.size());
        }
        assertThat(of(figures, PlanFigures.REGION))
                .extracting(PlanFigures::label)
                .doesNotContain("文登区", "威海市");

        assertThat(of(plans.figures(emergency, "371002", year), PlanFigures.DEPARTMENT))
                .extracting(PlanFigures::label)
                .containsExactly("环翠区应急管理局");
        List<PlanFigures> whole = plans.figures(countyManager, "371002", year);
        assertThat(of(whole, PlanFigures.DEPARTMENT))
                .extracting(PlanFigures::label)
                .contains("环翠区应急管理局", "环翠区住房和城乡建设局");
        assertThat(of(whole, PlanFigures.DEPARTMENT).stream()
                        .mapToInt(PlanFigures::enterprises)
                        .sum())
                .isEqualTo(plans.plan(countyManager, "371002", year).size());
        assertThatThrownBy(() -> plans.figures(housing, "371003", year)).isInstanceOf(AccessDeniedException.class);
    }

    private int count(String condition, List<PlanEntry> plan, int year) {
        return (int) plan.stream()
                .filter(p -> jdbc.queryForObject(
                        "select exists (select 1 from inspection where uscc = ? and " + condition + " between ? and ?)",
                        Boolean.class,
                        p.uscc(),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)))
                .count();
    }

    private static List<PlanFigures> of(List<PlanFigures> figures, String dimension) {
        return figures.stream().filter(f -> f.dimension().equals(dimension)).toList();
    }

    private static List<String> ids(List<InspectionDraw> draws) {
        return draws.stream().map(InspectionDraw::id).toList();
    }

    private Account official(String userId, Role role, String department) {
        if (!accounts.exists(userId)) {
            accounts.create(new NewAccount(userId, userId, "Secret-12345!", Set.of(role), "371002", department, null));
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
