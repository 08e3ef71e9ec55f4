package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 包保督导: assignment by the supervision-assignment decision, recurring duties, escalation to the head and one level up. */
class SupervisionDutiesProcessTest extends ProcessTestSupport {

    @Autowired
    SupervisionGridService grid;
    @Autowired
    AccountService accounts;

    private void official(String id, String region) {
        if (accounts.find(id).isEmpty()) {
            accounts.create(new NewAccount(id, "网格" + id, "secret-123", Set.of(Role.SUPERVISOR), region, "应急管理局", null));
        }
    }

    @Test
    void aCountyManagedEnterpriseGetsItsDutiesAndOverdueOnesClimbTheGrid() {
        official("sup-hc-1", "371002");
        official("head-hc", "371002");
        official("head-wh", "371000");
        var manager = accounts.find("manager").orElseThrow();
        grid.addMember(manager, "sup-hc-1", "371002", false);
        grid.addMember(manager, "head-hc", "371002", true);
        grid.addMember(manager, "head-wh", "371000", true);
        assertThat(grid.signCommitment(accounts.find("sup-hc-1").orElseThrow())).isOne();

        String uscc = demo("威海鲸园建设工程有限公司").uscc();
        reset(uscc, "B");
        jdbc.update("update enterprise set management_level = 'COUNTY' where uscc = ?", uscc);
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        var result = grid.assign(manager, "371002");
        assertThat(result.assigned()).isPositive();
        Map<String, Object> assignment = jdbc.queryForMap("select grid_level, region_code, supervisor, process_instance_id"
                + " from supervision_assignment where uscc = ?", uscc);
        assertThat(assignment.get("grid_level")).isEqualTo("COUNTY");
        assertThat(assignment.get("region_code")).isEqualTo("371002");
        assertThat(assignment.get("supervisor")).isIn("sup-hc-1", "head-hc");
        String pid = (String) assignment.get("process_instance_id");
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(pi).isWaitingAt("Message_Ended");

        // a second run changes nothing for it
        assertThat(grid.assign(manager, "371002").unchanged()).isPositive();
        assertThat(jdbc.queryForObject("select process_instance_id from supervision_assignment where uscc = ?", String.class, uscc))
                .isEqualTo(pid);

        advance(15, ChronoUnit.DAYS);
        runDueJobs(pid);
        Task contact = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("halfMonthlyContact").singleResult();
        assertThat(contact).isNotNull();
        assertThat(contact.getDueDate()).isAfter(java.util.Date.from(ClockNow.plus(4)));
        assertThat(tasks.getIdentityLinksForTask(contact.getId())).extracting(l -> l.getUserId()).contains((String) assignment.get("supervisor"));

        advance(5, ChronoUnit.DAYS);
        advance(1, ChronoUnit.HOURS);
        runDueJobs(pid);
        assertThat(tasks.getIdentityLinksForTask(contact.getId())).extracting(l -> l.getUserId()).contains("head-hc");
        advance(5, ChronoUnit.DAYS);
        runDueJobs(pid);
        assertThat(tasks.getIdentityLinksForTask(contact.getId())).extracting(l -> l.getUserId()).contains("head-wh");

        assertThatThrownBy(() -> tasks.complete(contact.getId(), Map.of())).hasMessageContaining("dutyNote");
        tasks.complete(contact.getId(), Map.of("dutyNote", "视频检查：有限空间作业审批齐全"));
        var month = YearMonth.from(org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant().atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(grid.monthly(manager, "371002", month.minusMonths(1)).stream().filter(r -> r.get("regionCode").equals("371002")).findFirst()
                .or(() -> grid.monthly(manager, "371002", month).stream().filter(r -> r.get("regionCode").equals("371002")).findFirst()))
                .hasValueSatisfying(row -> {
                    assertThat(((Number) row.get("done")).longValue()).isPositive();
                    assertThat(((Number) row.get("escalated")).longValue()).isPositive();
                });
        assertThat(timeline(uscc)).contains("SUPERVISION_ASSIGNED", "DUTY_ESCALATED", "DUTY_DONE");

        runtime.createMessageCorrelation("supervision-ended").processInstanceId(pid).correlate();
        assertThat(pi).isEnded();
    }

    @Test
    void aFatalAccidentMakesALocallyManagedEnterpriseMajorRiskAndCountySupervised() {
        official("sup-wd-1", "371003");
        var manager = accounts.find("manager").orElseThrow();
        grid.addMember(manager, "sup-wd-1", "371003", false);
        String uscc = demo("威海文登家纺有限公司").uscc();
        reset(uscc, "B");
        jdbc.update("update enterprise set management_level = 'LOCAL', risk_level = 'LOW' where uscc = ?", uscc);
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        grid.assign(manager, "371003");
        // LOW and locally managed: the village level (the enterprise is registered at the district, so its own region)
        assertThat(jdbc.queryForObject("select grid_level from supervision_assignment where uscc = ?", String.class, uscc))
                .isEqualTo("VILLAGE");

        jdbc.update("insert into grade_adjustment (id, uscc, event, watch_period, fatalities, occurred_at, process_instance_id)"
                + " values (gen_random_uuid()::text, ?, 'GENERAL_ACCIDENT', true, 1, now(), gen_random_uuid()::text)", uscc);
        grid.assign(manager, "371003");
        assertThat(jdbc.queryForMap("select grid_level, region_code, supervisor from supervision_assignment where uscc = ?", uscc))
                .containsEntry("grid_level", "COUNTY").containsEntry("region_code", "371003").containsEntry("supervisor", "sup-wd-1");
        jdbc.update("delete from grade_adjustment where uscc = ?", uscc);
    }

    @Test
    void onlyManagersBuildTheGrid() {
        var reviewer = accounts.find("reviewer").orElseThrow();
        assertThatThrownBy(() -> grid.assign(reviewer, "371002")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grid.addMember(reviewer, "reviewer", "371002", true)).isInstanceOf(AccessDeniedException.class);
    }

    /** Now on the engine's clock, in days from now. */
    private static final class ClockNow {
        static java.time.Instant plus(int days) {
            return org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant().plus(days, ChronoUnit.DAYS);
        }
    }
}
