package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.GridDuty;
import cn.safetygrading.supervision.domain.SupervisionAssignment;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grid's rows come back as records filled by column name (arg-name-based constructor mapping):
 * the assignment the process runs on, a duty as the listener recorded it and its escalation, the
 * members by load and the unit's month. A column renamed in the XML leaves a field null here.
 */
class GridRecordsTest extends ProcessTestSupport {

    @Autowired
    SupervisionGridService grid;

    @Autowired
    GridMapper mapper;

    @Autowired
    AccountService accounts;

    private Account official(String id, String region) {
        if (accounts.find(id).isEmpty()) {
            accounts.create(
                    new NewAccount(id, "网格" + id, "secret-123", Set.of(Role.SUPERVISOR), region, "应急管理局", null));
        }
        return accounts.find(id).orElseThrow();
    }

    @Test
    void theAssignmentADutyAndTheUnitsMonthAreReadAsRecords() {
        moveTo(Instant.parse("2026-10-05T02:00:00Z")); // no duty of this run falls due in the June other tests count
        Account manager = accounts.find("manager").orElseThrow();
        official("rec-hc-1", "371002");
        grid.addMember(manager, "rec-hc-1", "371002", false, "0631-5209999");
        String uscc = demo("威海鲸园建设工程有限公司").uscc();
        reset(uscc, "B");
        jdbc.update("update enterprise set management_level = 'COUNTY' where uscc = ?", uscc);
        jdbc.update("delete from supervision_override where uscc = ?", uscc);
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        grid.assign(manager, "371002");

        SupervisionAssignment assignment = grid.assignmentOf(manager, uscc).orElseThrow();
        assertThat(assignment.uscc()).isEqualTo(uscc);
        assertThat(assignment.gridLevel()).isEqualTo("COUNTY");
        assertThat(assignment.decidedLevel()).isEqualTo("COUNTY");
        assertThat(assignment.regionCode()).isEqualTo("371002");
        assertThat(assignment.riskLevel()).isNotBlank();
        assertThat(assignment.supervisor()).isNotBlank();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(assignment.processInstanceId())
                        .count())
                .isOne();
        assertThat(mapper.membersByLoad("371002"))
                .anySatisfy(m -> assertThat(m.userId()).isEqualTo(assignment.supervisor()))
                .allSatisfy(m -> assertThat(m.load()).isNotNegative());

        Task contact = tasks.createTaskQuery()
                .processInstanceId(assignment.processInstanceId())
                .taskDefinitionKey("halfMonthlyContact")
                .singleResult();
        GridDuty duty = mapper.duty(contact.getId()).orElseThrow();
        assertThat(duty.uscc()).isEqualTo(uscc);
        assertThat(duty.duty()).isEqualTo("halfMonthlyContact");
        assertThat(duty.supervisor()).isEqualTo(assignment.supervisor());
        assertThat(duty.regionCode()).isEqualTo("371002");
        assertThat(duty.escalation()).isZero();
        mapper.escalate(contact.getId());
        assertThat(mapper.duty(contact.getId()).orElseThrow().escalation()).isOne();

        assertThat(grid.monthly(manager, "371002", YearMonth.of(2026, 10)))
                .filteredOn(u -> "371002".equals(u.regionCode()))
                .singleElement()
                .satisfies(u -> {
                    assertThat(u.regionName()).isNotBlank();
                    assertThat(u.due()).isPositive();
                    assertThat(u.escalated()).isPositive();
                    assertThat(u.enterprises()).isPositive();
                });
    }
}
