package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.GradeBook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** stationed-supervision: follows the grade's stationing; assigned, reporting each period, ended by a later grade. */
class StationedSupervisionProcessTest extends ProcessTestSupport {

    @Autowired
    GradeBook gradeBook;
    @Autowired
    Clock clock;

    private final Enterprise e = demo("威海文登昆嵛铸造有限公司");

    private void grade(String grade, String stationing) {
        gradeBook.writeGrade(e.uscc(), grade, 6, stationing, "GRADED", "test", "测试定级 " + grade, null,
                "test-grade:" + UUID.randomUUID());
    }

    private ProcessInstance running() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("stationed-supervision")
                .processInstanceBusinessKey(e.uscc()).active().singleResult();
    }

    @Test
    void aStationedGradeIsStaffedReportsMonthlyAndEndsWithABetterGrade() {
        reset(e.uscc(), "B");
        grade("D", "STATIONED");
        ProcessInstance pi = running();
        assertThat(pi).isWaitingAt("assignStationing").task().hasCandidateGroup("manager-371000");
        assertThatThrownBy(() -> complete(pi, "assignStationing", Map.of("stationedOfficials", "nobody-here",
                "location", "厂区安全办", "startsOn", LocalDate.now(clock).toString()))).hasMessageContaining("nobody-here");
        complete(pi, "assignStationing", Map.of("stationedOfficials", "reviewer， expert", "location", "厂区安全办",
                "startsOn", LocalDate.now(clock).toString()));
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

        advance(32, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("stationingReport").task().hasCandidateUser("reviewer").hasCandidateUser("expert");
        complete(pi, "stationingReport", Map.of("reportSummary", "检查熔炼车间三次，督促更换除尘滤袋", "reportIssues", "除尘系统压差报警"));
        assertThat(jdbc.queryForObject("select count(*) from stationing_report r join stationing_assignment a on a.id = r.assignment_id"
                + " where a.process_instance_id = ?", Long.class, pi.getId())).isOne();

        grade("B", "NONE");
        assertThat(pi).isEnded();
        assertThat(jdbc.queryForObject("select ended_at is not null from stationing_assignment where process_instance_id = ?",
                Boolean.class, pi.getId())).isTrue();
        assertThat(timeline(e.uscc())).containsSubsequence("STATIONING_STARTED", "STATIONING_ASSIGNED", "STATIONING_REPORT",
                "STATIONING_ENDED");
    }

    @Test
    void anotherModeReplacesTheAssignmentAndTheSameModeKeepsIt() {
        reset(e.uscc(), "B");
        grade("C", "STATIONED");
        ProcessInstance first = running();
        grade("D", "STATIONED");
        assertThat(running().getId()).isEqualTo(first.getId());
        grade("B", "ROVING");
        assertThat(first).isEnded();
        ProcessInstance roving = running();
        assertThat(runtime.getVariable(roving.getId(), "reportEvery")).isEqualTo("P3M");
        grade("A", "NONE");
        assertThat(roving).isEnded();
    }
}
