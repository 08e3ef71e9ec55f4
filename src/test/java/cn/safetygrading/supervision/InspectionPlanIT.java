package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.base.Refused;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.DrawResult;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.service.InspectionPlanService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The plan follows the grades and the inspections done; a draw is stored, reproducible, scoped. */
class InspectionPlanIT extends IntegrationTest {

    @Autowired
    InspectionPlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void inspectorsOfWendeng() {
        for (String id : List.of("ins-wd-1", "ins-wd-2", "ins-wd-3")) {
            if (accounts.find(id).isEmpty()) {
                accounts.create(new NewAccount(
                        id,
                        "文登执法" + id.substring(7),
                        "secret-123",
                        Set.of(Role.INSPECTOR),
                        "371003",
                        "文登区应急管理局",
                        null));
            }
        }
    }

    @Test
    void thePlanFollowsTheGradeAndTheLastInspection() {
        var manager = accounts.find("manager").orElseThrow();
        String uscc = jdbc.queryForObject(
                "select uscc from enterprise where region_code like '371003%' and status = 'ACTIVE'"
                        + " order by uscc limit 1",
                String.class);
        jdbc.update("update enterprise set inspection_interval_months = 3 where uscc = ?", uscc);
        jdbc.update("delete from inspection where uscc = ?", uscc);
        PlanEntry never = entry(manager, uscc);
        assertThat(never.nextDue()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(never.dueInYear()).hasSize(4);

        jdbc.update(
                "insert into inspection (id, uscc, inspectors, planned_on, status, done_on) values (gen_random_uuid()::text, ?, 'x,y', ?, 'DONE', ?)",
                uscc,
                LocalDate.of(2027, 2, 10),
                LocalDate.of(2027, 2, 10));
        jdbc.update("update enterprise set inspection_interval_months = 12 where uscc = ?", uscc); // regraded to B
        PlanEntry after = entry(manager, uscc);
        assertThat(after.lastInspected()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(after.nextDue()).isEqualTo(LocalDate.of(2028, 2, 10));
        assertThat(after.dueInYear()).isEmpty();
        assertThat(plans.plan(manager, "371003", 2027))
                .filteredOn(PlanEntry::key)
                .allMatch(p -> !p.dueInYear().isEmpty());
        jdbc.update("delete from inspection where uscc = ?", uscc);
    }

    private PlanEntry entry(cn.safetygrading.security.domain.Account account, String uscc) {
        return plans.plan(account, "371003", 2027).stream()
                .filter(p -> p.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDrawIsStoredReproducibleAndPlansTheInspections() {
        var manager = accounts.find("manager").orElseThrow();
        String conflicted = jdbc.queryForObject(
                "select uscc from enterprise where region_code like '371003%' and status = 'ACTIVE'"
                        + " order by uscc limit 1",
                String.class);
        plans.recordConflict(manager, "ins-wd-1", conflicted, "执法人员近亲属任该企业安全负责人");
        var draw = plans.draw(manager, "371003", LocalDate.of(2027, 3, 1), 4);
        DrawResult result = plans.result(draw);
        assertThat(result.picks()).hasSize(4);
        assertThat(result.picks())
                .filteredOn(p -> p.uscc().equals(conflicted))
                .allMatch(p -> !p.inspectors().contains("ins-wd-1"));
        assertThat(plans.reproduce(manager, draw.id())).isTrue();
        assertThat(plans.inputs(draw).inspectors()).containsExactly("ins-wd-1", "ins-wd-2", "ins-wd-3");
        assertThat(jdbc.queryForObject("select count(*) from inspection where draw_id = ?", Long.class, draw.id()))
                .isEqualTo(4);
        assertThat(plans.draws(manager, "371003", 10)).extracting(d -> d.id()).contains(draw.id());

        // a tampered result no longer reproduces
        jdbc.update(
                "update inspection_draw set seed = seed + 1, inputs = jsonb_set(inputs, '{seed}', to_jsonb(seed + 1)) where id = ?",
                draw.id());
        assertThat(plans.reproduce(manager, draw.id())).isFalse();
    }

    @Test
    void onlyDrawersInScopeDrawAndAPoolOfOneIsRefused() {
        var reviewer = accounts.find("reviewer").orElseThrow();
        assertThatThrownBy(() -> plans.draw(reviewer, "371002", LocalDate.of(2027, 3, 1), 2))
                .isInstanceOf(AccessDeniedException.class);
        var manager = accounts.find("manager").orElseThrow();
        assertThatThrownBy(() -> plans.draw(manager, "371082", LocalDate.of(2027, 3, 1), 2))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("draw.noInspectors"));
        assertThatThrownBy(() -> plans.plan(reviewer, "371003", 2027)).isInstanceOf(AccessDeniedException.class);
    }
}
