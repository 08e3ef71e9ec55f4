package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * 包保督导 (seed 004): assignment by the decisions with the risk level stored, the eight duties on
 * calendar periods, escalation of overdue ones, 临时 duties, the problem register up the grid to
 * closure, the consultation channel, the monthly roster.
 */
class SupervisionDutiesProcessTest extends GridProcessTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Account manager() {
        return accounts.find("manager").orElseThrow();
    }

    /** 环翠区 with a member, its head and the city's head; the enterprise assigned afresh to the county unit. */
    private String assignedInHuancui(String name) {
        official("sup-hc-1", "371002");
        official("head-hc", "371002");
        official("head-wh", "371000");
        grid.addMember(manager(), "sup-hc-1", "371002", false, "0631-5200001");
        grid.addMember(manager(), "head-hc", "371002", true, "0631-5200000");
        grid.addMember(manager(), "head-wh", "371000", true);
        String uscc = demo(name).uscc();
        reset(uscc, "B");
        jdbc.update("update enterprise set management_level = 'COUNTY' where uscc = ?", uscc);
        jdbc.update("delete from supervision_override where uscc = ?", uscc);
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        grid.assign(manager(), "371002");
        return uscc;
    }

    private String pid(String uscc) {
        return jdbc.queryForObject(
                "select process_instance_id from supervision_assignment where uscc = ?", String.class, uscc);
    }

    private static Date at(String isoLocal) {
        return Date.from(java.time.LocalDateTime.parse(isoLocal).atZone(ZONE).toInstant());
    }

    private List<Task> open(String pid, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(pid)
                .taskDefinitionKey(key)
                .list();
    }

    @Test
    void everyDutyKindIsCreatedForTheCurrentCalendarPeriodAndTheNextOneWhenItBegins() {
        moveTo(at("2026-02-10T10:00:00").toInstant());
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        String pid = pid(uscc);
        ProcessInstance pi =
                runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult();
        assertThat(pi).isWaitingAt("Message_Ended");
        assertThat(jdbc.queryForObject(
                        "select grid_level from supervision_assignment where uscc = ?", String.class, uscc))
                .isEqualTo("COUNTY");
        assertThat(jdbc.queryForObject(
                        "select risk_level from supervision_assignment where uscc = ?", String.class, uscc))
                .isNotNull();

        // each duty of the current period at once, due when its calendar period ends (application zone)
        Map<String, String> due = Map.of(
                "halfMonthlyContact",
                "2026-02-16T00:00:00",
                "quarterlyMeeting",
                "2026-04-01T00:00:00",
                "quarterlyTalk",
                "2026-04-01T00:00:00",
                "quarterlyRiskCheck",
                "2026-04-01T00:00:00",
                "halfYearReport",
                "2026-07-01T00:00:00",
                "yearlyDrill",
                "2027-01-01T00:00:00");
        due.forEach((key, when) -> {
            assertThat(open(pid, key)).as(key).hasSize(1);
            assertThat(open(pid, key).get(0).getDueDate()).as(key).isEqualTo(at(when));
        });
        assertThat(jdbc.queryForObject(
                        "select period_start from supervision_duty where task_id = ?",
                        LocalDate.class,
                        open(pid, "quarterlyTalk").get(0).getId()))
                .isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(jdbc.queryForObject(
                        "select period_start from supervision_duty where task_id = ?",
                        LocalDate.class,
                        open(pid, "halfMonthlyContact").get(0).getId()))
                .isEqualTo(LocalDate.of(2026, 2, 1));

        // the 16th: the next half-month's contact; the first one is overdue, its head is told
        Task first = open(pid, "halfMonthlyContact").get(0);
        moveTo(at("2026-02-16T00:00:01").toInstant());
        runDueJobs(pid);
        assertThat(open(pid, "halfMonthlyContact")).hasSize(2);
        assertThat(open(pid, "quarterlyMeeting")).hasSize(1);
        assertThat(candidates(first)).contains("head-hc").doesNotContain("head-wh");
        moveTo(at("2026-02-21T00:00:01").toInstant());
        runDueJobs(pid);
        assertThat(candidates(first)).contains("head-wh");

        // done with a file field in the form; the note is required
        assertThatThrownBy(() -> tasks.complete(first.getId(), Map.of())).hasMessageContaining("履职情况");
        tasks.complete(first.getId(), Map.of("dutyNote", "视频会商：有限空间作业审批齐全"));
        assertThat(jdbc.queryForObject(
                        "select done_by is not null from supervision_duty where task_id = ?",
                        Boolean.class,
                        first.getId()))
                .isTrue();
        // the second half-month's form does not carry the first one's note
        assertThat(tasks.getVariable(open(pid, "halfMonthlyContact").get(0).getId(), "dutyNote"))
                .isNull();

        // April 1st: the three quarterly duties of Q2 (Q1's stay open and overdue)
        moveTo(at("2026-04-01T00:00:01").toInstant());
        runDueJobs(pid);
        assertThat(open(pid, "quarterlyMeeting")).hasSize(2);
        assertThat(open(pid, "quarterlyTalk")).hasSize(2);
        assertThat(open(pid, "quarterlyRiskCheck")).hasSize(2);
        assertThat(open(pid, "halfYearReport")).hasSize(1);
        assertThat(timeline(uscc)).contains("SUPERVISION_ASSIGNED", "DUTY_ESCALATED", "DUTY_DONE");

        runtime.createMessageCorrelation("supervision-ended")
                .processInstanceId(pid)
                .correlate();
        assertThat(pi).isEnded();
    }

    private Task only(String pid, String key) {
        List<Task> open = open(pid, key);
        assertThat(open).as(key).hasSize(1);
        return open.get(0);
    }

    private Task other(String pid, String key, Task known) {
        return open(pid, key).stream()
                .filter(t -> !t.getId().equals(known.getId()))
                .findFirst()
                .orElseThrow();
    }

    private void step(String pid, String isoLocal) {
        moveTo(at(isoLocal).toInstant());
        runDueJobs(pid);
    }

    /** Told to the unit's head first ({@code head-hc}), the head one level up ({@code head-wh}) only later. */
    private void escalatedOnce(Task task) {
        assertThat(escalation(task)).as(task.getTaskDefinitionKey()).isEqualTo(1);
        assertThat(candidates(task))
                .as(task.getTaskDefinitionKey())
                .contains("head-hc")
                .doesNotContain("head-wh");
    }

    private void escalatedTwice(Task task) {
        assertThat(escalation(task)).as(task.getTaskDefinitionKey()).isEqualTo(2);
        assertThat(candidates(task)).as(task.getTaskDefinitionKey()).contains("head-hc", "head-wh");
    }

    /** The duty rows of a test's own calendar would count in the other tests' monthly rosters. */
    private void forgetDuties(String pid) {
        engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(pid)
                .list()
                .forEach(t -> jdbc.update("delete from supervision_duty where task_id = ?", t.getId()));
    }

    @Test
    void everyOverdueDutyGoesToTheHeadThenOneLevelUpAndEveryCycleComesAgain() {
        moveTo(at("2026-02-10T10:00:00").toInstant());
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        String pid = pid(uscc);
        grid.assignAdHoc(accounts.find("head-hc").orElseThrow(), uscc, "核查节后复工安全条件", LocalDate.of(2026, 3, 10));
        Task adHoc = only(pid, "adHocDuty");
        List<Task> q1 =
                List.of(only(pid, "quarterlyMeeting"), only(pid, "quarterlyTalk"), only(pid, "quarterlyRiskCheck"));
        Task firstHalfYear = only(pid, "halfYearReport");
        Task firstYear = only(pid, "yearlyDrill");

        // the ad-hoc duty: to the head the day after its deadline, one level up a quarter's grace (15 days) later
        step(pid, "2026-03-11T00:00:01");
        escalatedOnce(adHoc);
        step(pid, "2026-03-26T00:00:01");
        escalatedTwice(adHoc);

        // the quarter ends: Q1's three duties go to the head, Q2's arrive and are done; 15 days on, Q1's go up
        step(pid, "2026-04-01T00:00:01");
        q1.forEach(this::escalatedOnce);
        for (String key : List.of("quarterlyMeeting", "quarterlyTalk", "quarterlyRiskCheck")) {
            Task q2 = open(pid, key).stream()
                    .filter(t -> q1.stream().noneMatch(o -> o.getId().equals(t.getId())))
                    .findFirst()
                    .orElseThrow();
            assertThat(q2.getDueDate()).as(key).isEqualTo(at("2026-07-01T00:00:00"));
            tasks.complete(q2.getId(), Map.of("dutyNote", "第二季度已履职"));
            assertThat(open(pid, key)).as(key).hasSize(1);
        }
        step(pid, "2026-04-16T00:00:01");
        q1.forEach(this::escalatedTwice);

        // the half-year ends: its report goes to the head and the second half-year's is due; 30 days on, up
        step(pid, "2026-07-01T00:00:01");
        escalatedOnce(firstHalfYear);
        Task secondHalfYear = other(pid, "halfYearReport", firstHalfYear);
        assertThat(secondHalfYear.getDueDate()).isEqualTo(at("2027-01-01T00:00:00"));
        tasks.complete(secondHalfYear.getId(), Map.of("dutyNote", "已向职工大会述职"));
        step(pid, "2026-07-31T00:00:01");
        escalatedTwice(firstHalfYear);
        assertThat(open(pid, "halfYearReport")).containsExactly(firstHalfYear);

        // the year ends: the drill goes to the head, next year's drill is due; 30 days on, up
        step(pid, "2027-01-01T00:00:01");
        escalatedOnce(firstYear);
        Task secondYear = other(pid, "yearlyDrill", firstYear);
        assertThat(secondYear.getDueDate()).isEqualTo(at("2028-01-01T00:00:00"));
        assertThat(open(pid, "halfYearReport")).hasSize(2); // 2027's first half-year
        tasks.complete(secondYear.getId(), Map.of("dutyNote", "已组织综合应急预案演练"));
        step(pid, "2027-01-31T00:00:01");
        escalatedTwice(firstYear);
        assertThat(open(pid, "yearlyDrill")).containsExactly(firstYear);
        // each step is in the enterprise's file once
        List<Task> overdue = new java.util.ArrayList<>(q1);
        overdue.addAll(List.of(adHoc, firstHalfYear, firstYear));
        for (Task task : overdue) {
            assertThat(jdbc.queryForList(
                            "select idempotency_key from enterprise_event where uscc = ? and type = 'DUTY_ESCALATED'"
                                    + " and idempotency_key like ?",
                            String.class,
                            uscc,
                            "duty-escalated:" + task.getId() + ":%"))
                    .as(task.getTaskDefinitionKey())
                    .containsExactlyInAnyOrder(
                            "duty-escalated:" + task.getId() + ":1", "duty-escalated:" + task.getId() + ":2");
        }

        runtime.createMessageCorrelation("supervision-ended")
                .processInstanceId(pid)
                .correlate();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count())
                .isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(pid).count()).isZero();
        forgetDuties(pid);
    }

    @Test
    void aProblemTheCountysHeadCannotSolveGoesUpToTheCitysHead() {
        moveTo(at("2026-05-04T09:00:00").toInstant());
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        String id = problems.openFromDuty(uscc, "sup-hc-1", null, "371002", "sup-hc-1", "VIOLATION", "无证动火作业");
        String problemPid = jdbc.queryForObject(
                "select process_instance_id from supervision_problem where id = ?", String.class, id);
        Task county = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemHandling")
                .singleResult();
        assertThat(candidates(county)).containsExactly("head-hc");
        tasks.complete(county.getId(), Map.of("problemOutcome", "ESCALATE", "problemResolution", "需市级部门联合执法"));
        Task city = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemHandling")
                .singleResult();
        assertThat(city.getId()).isNotEqualTo(county.getId());
        assertThat(candidates(city)).containsExactly("head-wh");
        assertThat(jdbc.queryForObject("select region_code from supervision_problem where id = ?", String.class, id))
                .isEqualTo("371000");
        tasks.complete(city.getId(), Map.of("problemOutcome", "RESOLVED", "problemResolution", "联合执法，责令停止动火"));
        Task verify = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemVerify")
                .singleResult();
        assertThat(candidates(verify)).containsExactly("sup-hc-1");
        tasks.complete(verify.getId(), Map.of("verifyOutcome", "CLOSED", "verifyNote", "已停止动火，补办作业票"));
        assertThat(jdbc.queryForObject("select status from supervision_problem where id = ?", String.class, id))
                .isEqualTo("CLOSED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(problemPid)
                        .count())
                .isZero();
        forgetDuties(pid(uscc));
    }

    @Test
    void aProblemFoundInTheHalfMonthlyContactGoesUpTheGridUntilItIsClosed() {
        moveTo(at("2026-05-03T09:00:00").toInstant());
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        String pid = pid(uscc);
        String supervisor =
                jdbc.queryForObject("select supervisor from supervision_assignment where uscc = ?", String.class, uscc);
        Task contact = open(pid, "halfMonthlyContact").get(0);
        assertThatThrownBy(() ->
                        tasks.complete(contact.getId(), Map.of("dutyNote", "电话了解", "problemKind", "MAJOR_HAZARD")))
                .hasMessageContaining("problemText");
        tasks.complete(
                contact.getId(),
                Map.of("dutyNote", "电话了解", "problemKind", "MAJOR_HAZARD", "problemText", "液氨储罐区可燃气体报警器失效"));
        Map<String, Object> problem = jdbc.queryForMap(
                "select id, status, region_code, source_task_id, process_instance_id"
                        + " from supervision_problem where uscc = ? and source_task_id = ?",
                uscc,
                contact.getId());
        assertThat(problem).containsEntry("status", "OPEN").containsEntry("source_task_id", contact.getId());
        String problemPid = (String) problem.get("process_instance_id");

        Task handling = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemHandling")
                .singleResult();
        String expectedHead = "head-hc".equals(supervisor) ? "head-wh" : "head-hc";
        assertThat(candidates(handling)).containsExactly(expectedHead);
        if (expectedHead.equals("head-hc")) {
            // the county cannot solve it: up to the city's head
            tasks.complete(handling.getId(), Map.of("problemOutcome", "ESCALATE", "problemResolution", "需市级协调特种设备检验"));
            handling = tasks.createTaskQuery()
                    .processInstanceId(problemPid)
                    .taskDefinitionKey("problemHandling")
                    .singleResult();
            assertThat(candidates(handling)).containsExactly("head-wh");
            assertThat(jdbc.queryForObject(
                            "select region_code from supervision_problem where id = ?",
                            String.class,
                            problem.get("id")))
                    .isEqualTo("371000");
        }
        // the city is the top: no further up
        Task top = handling;
        assertThatThrownBy(() ->
                        tasks.complete(top.getId(), Map.of("problemOutcome", "ESCALATE", "problemResolution", "再上报")))
                .hasMessageContaining("problemOutcome");
        tasks.complete(top.getId(), Map.of("problemOutcome", "RESOLVED", "problemResolution", "协调检验机构更换报警器"));
        Task verify = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemVerify")
                .singleResult();
        assertThat(candidates(verify)).containsExactly(supervisor);
        // not yet: back to the head, then closed
        tasks.complete(verify.getId(), Map.of("verifyOutcome", "REOPEN", "verifyNote", "报警器未联动"));
        Task again = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemHandling")
                .singleResult();
        tasks.complete(again.getId(), Map.of("problemOutcome", "RESOLVED", "problemResolution", "已联动调试"));
        verify = tasks.createTaskQuery()
                .processInstanceId(problemPid)
                .taskDefinitionKey("problemVerify")
                .singleResult();
        tasks.complete(verify.getId(), Map.of("verifyOutcome", "CLOSED", "verifyNote", "现场核实已闭环"));
        assertThat(jdbc.queryForMap(
                        "select status, closed_by from supervision_problem where id = ?", problem.get("id")))
                .containsEntry("status", "CLOSED")
                .containsEntry("closed_by", supervisor);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(problemPid)
                        .count())
                .isZero();
        assertThat(timeline(uscc))
                .contains("PROBLEM_REPORTED", "PROBLEM_RESOLVED", "PROBLEM_REOPENED", "PROBLEM_CLOSED");
    }

    @Test
    void theSupervisorReportsAProblemAtAnyTimeAndTheEnterpriseCannot() {
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        String supervisor =
                jdbc.queryForObject("select supervisor from supervision_assignment where uscc = ?", String.class, uscc);
        String id = problems.report(
                accounts.find(supervisor).orElseThrow(), uscc, "PRINCIPAL_NEGLECT", "主要负责人连续两季度未召开安全会议");
        assertThat(jdbc.queryForObject("select status from supervision_problem where id = ?", String.class, id))
                .isEqualTo("OPEN");
        assertThat(problems.register(manager(), "371002"))
                .extracting(p -> p.id())
                .contains(id);
        assertThatThrownBy(() -> problems.report(accounts.find("enterprise").orElseThrow(), uscc, "OTHER", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.report(official("sup-other", "371003"), uscc, "OTHER", "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.report(accounts.find(supervisor).orElseThrow(), uscc, "NONSENSE", "x"))
                .isInstanceOf(cn.safetygrading.base.Refused.class);
    }

    @Test
    void aUnitHeadAssignsAnAdHocDutyWithItsDeadline() {
        moveTo(at("2026-03-02T09:00:00").toInstant());
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        String pid = pid(uscc);
        grid.assignAdHoc(accounts.find("head-hc").orElseThrow(), uscc, "核查节前复工复产安全条件", LocalDate.of(2026, 3, 10));
        Task adHoc = open(pid, "adHocDuty").get(0);
        assertThat(adHoc.getName()).contains("核查节前复工复产安全条件");
        assertThat(adHoc.getDueDate()).isEqualTo(at("2026-03-11T00:00:00"));
        assertThat(tasks.getVariable(adHoc.getId(), "dutyTitle")).isEqualTo("核查节前复工复产安全条件");
        assertThatThrownBy(() -> grid.assignAdHoc(official("sup-hc-1", "371002"), uscc, "x", LocalDate.of(2026, 3, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        grid.assignAdHoc(accounts.find("head-hc").orElseThrow(), uscc, "x", LocalDate.of(2026, 3, 1)))
                .isInstanceOf(cn.safetygrading.base.Refused.class);
        tasks.complete(adHoc.getId(), Map.of("dutyNote", "已现场核查"));
        assertThat(jdbc.queryForObject(
                        "select title from supervision_duty where task_id = ?", String.class, adHoc.getId()))
                .isEqualTo("核查节前复工复产安全条件");
    }

    @Test
    void theEnterpriseAsksItsSupervisorWhoAnswersAndNoOtherEnterpriseSeesIt() {
        Account enterprise = accounts.find("enterprise").orElseThrow();
        String uscc = enterprise.uscc();
        official("sup-hc-1", "371002");
        grid.addMember(manager(), "sup-hc-1", "371002", false);
        jdbc.update("delete from supervision_assignment where uscc = ?", uscc);
        reset(uscc, "B");
        grid.assign(manager(), "371002");
        String supervisor =
                jdbc.queryForObject("select supervisor from supervision_assignment where uscc = ?", String.class, uscc);

        String id = problems.ask(enterprise, "有限空间作业审批由谁签字？");
        String cpid =
                jdbc.queryForObject("select process_instance_id from consultation where id = ?", String.class, id);
        Task answer = tasks.createTaskQuery()
                .processInstanceId(cpid)
                .taskDefinitionKey("consultationAnswer")
                .singleResult();
        assertThat(candidates(answer)).containsExactly(supervisor);
        tasks.complete(answer.getId(), Map.of("consultationAnswer", "由企业主要负责人或其授权的安全管理人员签字。"));
        assertThat(problems.consultations(enterprise, uscc)).singleElement().satisfies(c -> {
            assertThat(c.answer()).isEqualTo("由企业主要负责人或其授权的安全管理人员签字。");
            assertThat(c.answeredBy()).isEqualTo(supervisor);
        });
        // another enterprise sees neither the question nor the answer, nor can it ask in the first one's name
        String other = demo("威海鲸园建设工程有限公司").uscc();
        if (accounts.find("ent-other").isEmpty()) {
            accounts.create(
                    new NewAccount("ent-other", "其他企业", "secret-123", Set.of(Role.ENTERPRISE), null, null, other));
        }
        Account otherAccount = accounts.find("ent-other").orElseThrow();
        assertThatThrownBy(() -> problems.consultations(otherAccount, uscc)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> problems.ask(manager(), "?")).isInstanceOf(AccessDeniedException.class);
        assertThat(timeline(uscc)).contains("CONSULTATION_ASKED", "DUTY_DONE");
    }

    @Test
    void managersOfTheRegionRunTheGridOthersDoNot() {
        official("sup-hc-2", "371002");
        grid.addMember(manager(), "sup-hc-2", "371002", false, "13800000000");
        grid.setHead(manager(), "sup-hc-2", "371002");
        assertThat(grid.members(manager(), "371002"))
                .filteredOn(m -> m.regionCode().equals("371002") && m.head())
                .extracting(m -> m.userId())
                .containsExactly("sup-hc-2");
        assertThatThrownBy(() -> grid.addMember(manager(), "sup-hc-2", "371002", false, "call me"))
                .isInstanceOf(cn.safetygrading.base.Refused.class);
        Account reviewer = accounts.find("reviewer").orElseThrow();
        Account enterprise = accounts.find("enterprise").orElseThrow();
        for (Account outsider : List.of(reviewer, enterprise)) {
            assertThatThrownBy(() -> grid.addMember(outsider, "sup-hc-2", "371002", true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grid.removeMember(outsider, "sup-hc-2", "371002"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grid.setHead(outsider, "sup-hc-2", "371002"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> grid.assign(outsider, "371002")).isInstanceOf(AccessDeniedException.class);
        }
        grid.setHead(
                manager(),
                "head-hc".equals("x") ? "x" : official("head-hc", "371002").userId(),
                "371002");
        assertThat(grid.members(manager(), "371002"))
                .filteredOn(m -> m.regionCode().equals("371002") && m.head())
                .extracting(m -> m.userId())
                .containsExactly("head-hc");
        grid.removeMember(manager(), "sup-hc-2", "371002");
        assertThat(grid.members(manager(), "371002"))
                .extracting(m -> m.userId())
                .doesNotContain("sup-hc-2");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where table_name = 'grid_member'", Long.class))
                .isPositive();
    }

    @Test
    void theRiskLevelIsStoredAndAManagersOverrideIsRecordedAndFollowed() {
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        official("sup-wh-1", "371000");
        grid.addMember(manager(), "sup-wh-1", "371000", false);
        assertThatThrownBy(() -> grid.override(manager(), uscc, "CITY", " "))
                .isInstanceOf(cn.safetygrading.base.Refused.class);
        assertThatThrownBy(() -> grid.override(accounts.find("reviewer").orElseThrow(), uscc, "CITY", "重点"))
                .isInstanceOf(AccessDeniedException.class);
        grid.override(manager(), uscc, "CITY", "涉及液氨制冷，市局直接包保");
        grid.assign(manager(), "371002");
        assertThat(jdbc.queryForMap(
                        "select grid_level, decided_level, region_code from supervision_assignment where uscc = ?",
                        uscc))
                .containsEntry("grid_level", "CITY")
                .containsEntry("decided_level", "COUNTY")
                .containsEntry("region_code", "371000");
        assertThat(grid.assignments(manager(), "371002", false))
                .filteredOn(a -> a.uscc().equals(uscc))
                .singleElement()
                .satisfies(a -> assertThat(a.overrideBy()).isEqualTo("manager"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where table_name = 'supervision_override'", Long.class))
                .isPositive();
        assertThat(timeline(uscc)).contains("SUPERVISION_OVERRIDE");
    }

    @Test
    void theMonthlyRosterHasOneRowPerEnterpriseWithItsDuties() {
        moveTo(at("2026-06-05T09:00:00").toInstant());
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        Task contact = open(pid(uscc), "halfMonthlyContact").get(0);
        tasks.complete(contact.getId(), Map.of("dutyNote", "视频会商"));
        var rows = grid.monthlyRoster(manager(), "371002", YearMonth.of(2026, 6));
        assertThat(rows).filteredOn(r -> r.uscc().equals(uscc)).singleElement().satisfies(r -> {
            // June: the half-month contact (due 06-16) and the three quarterly duties and the half-year report
            // (due 07-01)
            assertThat(r.due()).isEqualTo(5);
            assertThat(r.done()).isEqualTo(1);
            assertThat(r.phone()).isNotNull();
        });
        assertThatThrownBy(() ->
                        grid.monthlyRoster(accounts.find("enterprise").orElseThrow(), "371002", YearMonth.of(2026, 6)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theContactPageHasAnUnguessableLinkAndShowsTheSupervisorAndHotline() {
        String uscc = assignedInHuancui("威海鲸园建设工程有限公司");
        jdbc.update("delete from grid_unit where region_code in ('371002', '371000')"); // the demo's 监督电话
        String token = grid.contactToken(manager(), uscc);
        assertThat(token).matches("[0-9a-f]{32}").isEqualTo(grid.contactToken(manager(), uscc));
        assertThat(grid.publicContact(token)).hasValueSatisfying(c -> {
            assertThat(c.enterpriseName()).isEqualTo("威海鲸园建设工程有限公司");
            assertThat(c.supervisorName()).isNotNull();
            assertThat(c.hotline()).isEqualTo(SupervisionGridService.DEFAULT_HOTLINE);
        });
        grid.setHotline(manager(), "371002", "0631-12345");
        assertThat(grid.publicContact(token))
                .hasValueSatisfying(c -> assertThat(c.hotline()).isEqualTo("0631-12345"));
        assertThat(grid.publicContact(uscc)).isEmpty();
        assertThat(grid.publicContact("0".repeat(32))).isEmpty();
        assertThatThrownBy(() -> grid.contactToken(accounts.find("enterprise").orElseThrow(), uscc))
                .isInstanceOf(AccessDeniedException.class);
    }
}
