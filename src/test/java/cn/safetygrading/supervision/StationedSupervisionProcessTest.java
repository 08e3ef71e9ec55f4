package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.service.StationingService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * stationed-supervision: STATIONED follows the grade, ROVING a manager's recorded choice; the
 * enterprise's department's managers assign (at the city for a 市级 one; the region's without one);
 * reporting each period, ended by a later grade or choice.
 */
class StationedSupervisionProcessTest extends ProcessTestSupport {

    @Autowired
    GradeBook gradeBook;

    @Autowired
    Clock clock;

    private final Enterprise e = demo("威海文登昆嵛铸造有限公司");

    private void grade(String grade, String stationing) {
        gradeBook.writeGrade(
                e.uscc(),
                grade,
                6,
                stationing,
                "GRADED",
                "test",
                "测试定级 " + grade,
                null,
                "test-grade:" + UUID.randomUUID());
    }

    private ProcessInstance running() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("stationed-supervision")
                .processInstanceBusinessKey(e.uscc())
                .active()
                .singleResult();
    }

    @Test
    void aStationedGradeIsStaffedReportsMonthlyAndEndsWithABetterGrade() {
        reset(e.uscc(), "B");
        grade("D", "STATIONED");
        ProcessInstance pi = running();
        assertThat(pi).isWaitingAt("assignStationing").task().hasCandidateGroup("manager-371000");
        assertThatThrownBy(() -> complete(
                        pi,
                        "assignStationing",
                        Map.of(
                                "stationedOfficials",
                                "nobody-here",
                                "location",
                                "厂区安全办",
                                "startsOn",
                                LocalDate.now(clock).toString())))
                .hasMessageContaining("nobody-here");
        complete(
                pi,
                "assignStationing",
                Map.of(
                        "stationedOfficials",
                        "reviewer， expert",
                        "location",
                        "厂区安全办",
                        "startsOn",
                        LocalDate.now(clock).toString()));
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();

        advance(32, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi)
                .isWaitingAt("stationingReport")
                .task()
                .hasCandidateUser("reviewer")
                .hasCandidateUser("expert");
        complete(pi, "stationingReport", Map.of("reportSummary", "检查熔炼车间三次，督促更换除尘滤袋", "reportIssues", "除尘系统压差报警"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from stationing_report r join stationing_assignment a on a.id = r.assignment_id"
                                + " where a.process_instance_id = ?",
                        Long.class,
                        pi.getId()))
                .isOne();

        grade("B", "NONE");
        assertThat(pi).isEnded();
        assertThat(jdbc.queryForObject(
                        "select ended_at is not null from stationing_assignment where process_instance_id = ?",
                        Boolean.class,
                        pi.getId()))
                .isTrue();
        assertThat(timeline(e.uscc()))
                .containsSubsequence(
                        "STATIONING_STARTED", "STATIONING_ASSIGNED", "STATIONING_REPORT", "STATIONING_ENDED");
    }

    @Test
    void aBetterGradeWhileAReportIsOpenEndsTheAssignmentAndItsReport() {
        reset(e.uscc(), "B");
        grade("D", "STATIONED");
        ProcessInstance pi = running();
        complete(
                pi,
                "assignStationing",
                Map.of(
                        "stationedOfficials",
                        "reviewer",
                        "location",
                        "厂区安全办",
                        "startsOn",
                        LocalDate.now(clock).toString()));
        advance(32, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("stationingReport");

        grade("B", "NONE");
        assertThat(pi).isEnded().hasPassed("Message_EndedWhileReporting", "Task_EndAssignment");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select ended_at is not null from stationing_assignment where process_instance_id = ?",
                        Boolean.class,
                        pi.getId()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from stationing_report r join stationing_assignment a on a.id = r.assignment_id"
                                + " where a.process_instance_id = ?",
                        Long.class,
                        pi.getId()))
                .isZero();
        assertThat(timeline(e.uscc())).containsSubsequence("STATIONING_ASSIGNED", "STATIONING_ENDED");
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
        assertThat(running()).isNull(); // roving waits for a manager's choice
        stationing.chooseRoving(manager(), e.uscc(), true, "风险点多，巡回检查");
        ProcessInstance roving = running();
        assertThat(runtime.getVariable(roving.getId(), "reportEvery")).isEqualTo("P3M");
        grade("A", "ROVING");
        assertThat(running().getId()).isEqualTo(roving.getId());
        grade("A", "NONE");
        assertThat(roving).isEnded();
    }

    @Test
    void rovingIsAManagersRecordedChoice() {
        reset(e.uscc(), "B");
        grade("B", "ROVING");
        assertThat(running()).isNull();
        Account reviewer = accounts.find("reviewer").orElseThrow();
        Account enterprise = accounts.find("enterprise").orElseThrow();
        assertThatThrownBy(() -> stationing.chooseRoving(reviewer, e.uscc(), true, "想去"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stationing.chooseRoving(enterprise, e.uscc(), false, "不要"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stationing.chooseRoving(manager(), e.uscc(), true, "  "))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).messageKey()).isEqualTo("stationing.reasonRequired"));
        assertThat(running()).isNull();

        stationing.chooseRoving(manager(), e.uscc(), true, "粉尘涉爆，旺季巡回检查");
        ProcessInstance roving = running();
        assertThat(runtime.getVariable(roving.getId(), "stationing")).isEqualTo("ROVING");
        var shown = stationing.rovingCandidates(manager(), "371003").stream()
                .filter(r -> r.uscc().equals(e.uscc()))
                .findFirst()
                .orElseThrow();
        assertThat(shown.station()).isTrue();
        assertThat(shown.decidedBy()).isEqualTo("manager");
        assertThat(shown.reason()).isEqualTo("粉尘涉爆，旺季巡回检查");
        assertThat(shown.running()).isTrue();
        assertThat(shown.decidedAt()).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where table_name = 'stationing_choice' and uscc = ?",
                        Long.class,
                        e.uscc()))
                .isPositive();

        stationing.chooseRoving(manager(), e.uscc(), false, "已整改到位，改为日常检查");
        assertThat(roving).isEnded();
        assertThat(timeline(e.uscc()))
                .containsSubsequence(
                        "STATIONING_CHOSEN", "STATIONING_STARTED", "STATIONING_DECLINED", "STATIONING_ENDED");
        assertThat(jdbc.queryForObject(
                        "select summary from enterprise_event where uscc = ? and type = 'STATIONING_DECLINED'"
                                + " order by id desc limit 1",
                        String.class,
                        e.uscc()))
                .contains("已整改到位");

        grade("D", "STATIONED"); // stationed is not a choice
        assertThatThrownBy(() -> stationing.chooseRoving(manager(), e.uscc(), false, "不驻点"))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).messageKey()).isEqualTo("stationing.notRoving"));
    }

    @Test
    void stationingGoesToTheManagersOfTheEnterprisesDepartmentAtTheCityForACityManagedOne() {
        Map<String, Object> before = jdbc.queryForMap(
                "select supervising_department, management_level from enterprise where uscc = ?", e.uscc());
        try {
            member("mg-wd-h", "manager-371003-housing");
            member("mg-city-h", "manager-371000-housing");
            String housing =
                    jdbc.queryForObject("select name from department where id = '371003-housing'", String.class);
            jdbc.update(
                    "update enterprise set supervising_department = ?, management_level = 'COUNTY' where uscc = ?",
                    housing,
                    e.uscc());
            reset(e.uscc(), "B");
            grade("D", "STATIONED");
            assertThat(running()).isWaitingAt("assignStationing").task().hasCandidateGroup("manager-371003-housing");
            assertThat(candidateGroups()).containsExactly("manager-371003-housing");

            jdbc.update("update enterprise set management_level = 'CITY' where uscc = ?", e.uscc());
            reset(e.uscc(), "B");
            grade("D", "STATIONED");
            assertThat(candidateGroups()).containsExactly("manager-371000-housing");

            jdbc.update("update enterprise set supervising_department = null where uscc = ?", e.uscc());
            reset(e.uscc(), "B");
            grade("D", "STATIONED"); // no department: the region's managers, as before
            assertThat(candidateGroups()).containsExactlyInAnyOrder("manager-371003", "manager-371000");
        } finally {
            jdbc.update(
                    "update enterprise set supervising_department = ?, management_level = ? where uscc = ?",
                    before.get("supervising_department"),
                    before.get("management_level"),
                    e.uscc());
        }
    }

    @Test
    void anOpenAssignmentFollowsTheEnterprisesDepartmentWhenItChanges() {
        Map<String, Object> before = jdbc.queryForMap(
                "select supervising_department, management_level from enterprise where uscc = ?", e.uscc());
        try {
            member("mg-wd-h", "manager-371003-housing");
            jdbc.update(
                    "update enterprise set supervising_department = null, management_level = 'COUNTY' where uscc = ?",
                    e.uscc());
            reset(e.uscc(), "B");
            grade("D", "STATIONED");
            assertThat(candidateGroups()).containsExactlyInAnyOrder("manager-371003", "manager-371000");
            var task =
                    tasks.createTaskQuery().processInstanceId(running().getId()).singleResult();
            tasks.claim(task.getId(), "manager");

            String housing =
                    jdbc.queryForObject("select name from department where id = '371003-housing'", String.class);
            jdbc.update("update enterprise set supervising_department = ? where uscc = ?", housing, e.uscc());
            events.publishEvent(new SupervisionChanged(e.uscc(), "demo", "台账导入"));
            assertThat(candidateGroups()).containsExactly("manager-371003-housing");
            task = tasks.createTaskQuery().processInstanceId(running().getId()).singleResult();
            assertThat(task.getAssignee()).isNull();
            assertThat(tasks.createTaskQuery()
                            .taskId(task.getId())
                            .taskCandidateUser("mg-wd-h")
                            .count())
                    .isOne();
            assertThat(tasks.createTaskQuery()
                            .taskId(task.getId())
                            .taskCandidateUser("manager")
                            .count())
                    .isZero();
            assertThat(runtime.getVariable(running().getId(), "stationingGroups"))
                    .isEqualTo("manager-371003-housing");
            assertThat(jdbc.queryForObject(
                            "select summary from enterprise_event where uscc = ? and type = 'TASKS_MOVED'"
                                    + " order by id desc limit 1",
                            String.class,
                            e.uscc()))
                    .contains("安排驻点人员", "manager-371003-housing");
        } finally {
            jdbc.update(
                    "update enterprise set supervising_department = ?, management_level = ? where uscc = ?",
                    before.get("supervising_department"),
                    before.get("management_level"),
                    e.uscc());
        }
    }

    private List<String> candidateGroups() {
        var task = tasks.createTaskQuery().processInstanceId(running().getId()).singleResult();
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getGroupId())
                .filter(g -> g != null)
                .toList();
    }

    private void member(String user, String group) {
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            var g = identity.newGroup(group);
            g.setName(group);
            identity.saveGroup(g);
        }
        if (identity.createUserQuery().userId(user).count() == 0) {
            var u = identity.newUser(user);
            u.setFirstName(user);
            identity.saveUser(u);
        }
        if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            identity.createMembership(user, group);
        }
    }

    private Account manager() {
        return accounts.find("manager").orElseThrow();
    }

    @Autowired
    StationingService stationing;

    @Autowired
    AccountService accounts;

    @Autowired
    IdentityService identity;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
}
