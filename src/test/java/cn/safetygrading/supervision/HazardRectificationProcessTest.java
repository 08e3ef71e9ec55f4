package cn.safetygrading.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.base.Refused;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.Hazard;
import cn.safetygrading.supervision.domain.NewHazard;
import cn.safetygrading.supervision.service.HazardService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/** hazard-rectification: rectified and closed, rejected and redone, overdue (downgrade once), a major hazard escalating. */
class HazardRectificationProcessTest extends ProcessTestSupport {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    HazardService hazards;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationEventPublisher events;

    private static Account enterpriseOf(Enterprise e) {
        return new Account(
                "ent-" + e.uscc(),
                e.name(),
                Set.of(Role.ENTERPRISE),
                List.of("enterprise", "enterprise-" + e.uscc()),
                null,
                null,
                e.uscc());
    }

    private Hazard report(Enterprise e, String level, int daysToDeadline) {
        LocalDate today = LocalDate.now(ZONE);
        return hazards.report(
                enterpriseOf(e),
                new NewHazard(
                        level,
                        "配电室绝缘垫破损",
                        "配电室高压柜前绝缘垫破损老化，存在触电风险",
                        "配电室",
                        today.minusDays(1),
                        "更换绝缘垫，增设警示标识，每月检查",
                        today.plusDays(daysToDeadline)),
                List.of(new UploadedFile(
                        "现场.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0})));
    }

    private ProcessInstance process(Hazard hazard) {
        return runtime.createProcessInstanceQuery()
                .processInstanceId(hazard.processInstanceId())
                .singleResult();
    }

    private Hazard reload(Hazard hazard) {
        return hazards.forEnterprise(accounts.find("demo").orElseThrow(), hazard.uscc()).stream()
                .filter(h -> h.id().equals(hazard.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aHazardIsRectifiedVerifiedAndClosed() {
        Enterprise e = demo("威海鲸园建设工程有限公司");
        reset(e.uscc(), "B");
        Hazard hazard = report(e, Hazard.GENERAL, 10);
        ProcessInstance pi = process(hazard);
        assertThat(pi).isWaitingAt("rectifyHazard").task().hasCandidateGroup("enterprise-" + e.uscc());
        assertThat(tasks.getProcessInstanceAttachments(pi.getId()))
                .extracting(a -> a.getName())
                .containsExactly("现场.png");

        hazards.rectify(enterpriseOf(e), hazard.id(), "已更换绝缘垫并设置警示标识", List.of());
        assertThat(pi).isWaitingAt("verifyRectification").task().hasCandidateGroup("reviewer-371002-housing");
        assertThat(reload(hazard).status()).isEqualTo("AWAITING_VERIFICATION");
        complete(pi, "verifyRectification", Map.of("rectificationAccepted", true, "verificationComment", "现场核查到位"));
        assertThat(pi).isEnded();
        Hazard closed = reload(hazard);
        assertThat(closed.status()).isEqualTo("CLOSED");
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.rounds()).isOne();
        assertThat(timeline(e.uscc())).containsSubsequence("HAZARD_REPORTED", "HAZARD_RECTIFIED", "HAZARD_CLOSED");
        assertThat(ledgerGrade(e.uscc())).isEqualTo("B");
    }

    @Test
    void theVerificationGoesToTheEnterprisesDepartmentAndFollowsItsChange() {
        Enterprise e = demo("威海鲸园建设工程有限公司"); // 环翠区住房和城乡建设局: builder's
        Map<String, Object> before = jdbc.queryForMap(
                "select supervising_department, management_level from enterprise where uscc = ?", e.uscc());
        try {
            reset(e.uscc(), "B");
            Hazard hazard = report(e, Hazard.GENERAL, 10);
            ProcessInstance pi = process(hazard);
            hazards.rectify(enterpriseOf(e), hazard.id(), "已更换绝缘垫", List.of());
            Task verify = verifyTask(pi);
            assertThat(candidateGroups(verify))
                    .containsExactlyInAnyOrder("reviewer-371002-housing", "inspector-371002-housing");
            assertThat(candidate(verify, "builder")).isTrue();
            assertThat(candidate(verify, "reviewer")).isFalse(); // 环翠区应急管理局 does not verify it
            tasks.claim(verify.getId(), "builder");

            // the ledger now names the 应急管理局: the open verification moves there, builder loses it
            String emergency =
                    jdbc.queryForObject("select name from department where id = '371002-emergency'", String.class);
            jdbc.update(
                    "update enterprise set supervising_department = ?, management_level = 'COUNTY' where uscc = ?",
                    emergency,
                    e.uscc());
            events.publishEvent(new SupervisionChanged(e.uscc(), "demo", "台账导入"));
            verify = verifyTask(pi);
            assertThat(verify.getAssignee()).isNull();
            assertThat(candidateGroups(verify))
                    .containsExactlyInAnyOrder("reviewer-371002-emergency", "inspector-371002-emergency");
            assertThat(candidate(verify, "reviewer")).isTrue();
            assertThat(candidate(verify, "builder")).isFalse();
            assertThat(timeline(e.uscc())).contains("TASKS_MOVED");
            assertThat(jdbc.queryForObject(
                            "select summary from enterprise_event where uscc = ? and type = 'TASKS_MOVED'"
                                    + " order by id desc limit 1",
                            String.class,
                            e.uscc()))
                    .contains("整改核查", "reviewer-371002-emergency", "台账导入");

            // an unchanged department moves nothing; no department: the county's reviewers, as before
            long moves = jdbc.queryForObject(
                    "select count(*) from enterprise_event where uscc = ? and type = 'TASKS_MOVED'",
                    Long.class,
                    e.uscc());
            events.publishEvent(new SupervisionChanged(e.uscc(), "demo", "台账导入"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from enterprise_event where uscc = ? and type = 'TASKS_MOVED'",
                            Long.class,
                            e.uscc()))
                    .isEqualTo(moves);
            jdbc.update("update enterprise set supervising_department = null where uscc = ?", e.uscc());
            events.publishEvent(new SupervisionChanged(e.uscc(), "demo", "台账导入"));
            assertThat(candidateGroups(verifyTask(pi)))
                    .containsExactlyInAnyOrder("reviewer-371002", "inspector-371002");
            complete(pi, "verifyRectification", Map.of("rectificationAccepted", true));
            assertThat(pi).isEnded();
        } finally {
            jdbc.update(
                    "update enterprise set supervising_department = ?, management_level = ? where uscc = ?",
                    before.get("supervising_department"),
                    before.get("management_level"),
                    e.uscc());
        }
    }

    private Task verifyTask(ProcessInstance pi) {
        return tasks.createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("verifyRectification")
                .singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getGroupId())
                .filter(g -> g != null)
                .toList();
    }

    private boolean candidate(Task task, String user) {
        return tasks.createTaskQuery()
                        .taskId(task.getId())
                        .taskCandidateUser(user)
                        .count()
                > 0;
    }

    @Test
    void aRejectedRectificationGoesBackWithReasons() {
        Enterprise e = demo("威海鲸园建设工程有限公司");
        reset(e.uscc(), "B");
        Hazard hazard = report(e, Hazard.GENERAL, 10);
        ProcessInstance pi = process(hazard);
        hazards.rectify(enterpriseOf(e), hazard.id(), "已清理", List.of());
        assertThatThrownBy(() -> complete(pi, "verifyRectification", Map.of("rectificationAccepted", false)))
                .hasMessageContaining("reasons");
        complete(pi, "verifyRectification", Map.of("rectificationAccepted", false, "verificationComment", "警示标识未设置"));
        assertThat(pi).isWaitingAt("rectifyHazard");
        assertThat(reload(hazard).verification()).isEqualTo("警示标识未设置");
        hazards.rectify(enterpriseOf(e), hazard.id(), "已补设警示标识", List.of());
        complete(pi, "verifyRectification", Map.of("rectificationAccepted", true));
        assertThat(pi).isEnded();
        assertThat(reload(hazard).rounds()).isEqualTo(2);
        assertThat(timeline(e.uscc())).containsSubsequence("HAZARD_REJECTED", "HAZARD_RECTIFIED", "HAZARD_CLOSED");
    }

    @Test
    void pastTheDeadlineTheGradeDropsOnceAndAMajorHazardEscalates() {
        Enterprise e = demo("威海鲸园建设工程有限公司");
        reset(e.uscc(), "B");
        Hazard hazard = report(e, Hazard.MAJOR, 3);
        assertThat(hazard.listed()).isTrue();
        assertThat(hazards.listed("配电室", 0, 50))
                .extracting(h -> h.enterpriseName())
                .contains(e.name());
        ProcessInstance pi = process(hazard);
        advance(5, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(reload(hazard).overdue()).isTrue();
        assertThat(ledgerGrade(e.uscc())).isEqualTo("C"); // PROMINENT_HAZARDS: one level down
        assertThat(timeline(e.uscc())).contains("HAZARD_OVERDUE");
        assertThat(running("watch-period", e.uscc())).isOne();
        // the rectification goes on, and the city supervises the listed hazard
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("rectifyHazard")
                        .count())
                .isOne();
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("superviseMajorHazard")
                        .taskCandidateGroup("manager-371000")
                        .count())
                .isOne();

        // rejected after the deadline: the rectification starts again, the grade does not drop twice
        hazards.rectify(enterpriseOf(e), hazard.id(), "临时遮挡", List.of());
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("verifyRectification")
                        .singleResult()
                        .getId(),
                Map.of("rectificationAccepted", false, "verificationComment", "未更换"));
        runDueJobs(pi.getId());
        assertThat(ledgerGrade(e.uscc())).isEqualTo("C");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("superviseMajorHazard")
                        .count())
                .isOne();
        assertThat(timeline(e.uscc()).stream().filter("HAZARD_OVERDUE"::equals).count())
                .isOne();

        // the city's managers record their measures: the supervision ends there, the rectification goes on
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("superviseMajorHazard")
                        .singleResult()
                        .getId(),
                Map.of("supervisionMeasures", "挂牌督办：每周现场复查，月底前完成整改"));
        assertThat(pi).hasPassed("End_Supervised").isWaitingAt("rectifyHazard");
        assertThat(runtime.getVariable(pi.getId(), "supervisionMeasures")).isEqualTo("挂牌督办：每周现场复查，月底前完成整改");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("superviseMajorHazard")
                        .count())
                .isZero();
    }

    @Test
    void anOverdueGeneralHazardOfTheSelfReportNeverDowngrades() {
        Enterprise e = demo("威海鲸园建设工程有限公司");
        reset(e.uscc(), "B");
        Hazard hazard = report(e, Hazard.GENERAL, 2);
        ProcessInstance pi = process(hazard);
        advance(5, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(reload(hazard).overdue()).isTrue();
        assertThat(timeline(e.uscc())).contains("HAZARD_OVERDUE");
        assertThat(ledgerGrade(e.uscc())).isEqualTo("B"); // honest reporting is not punished
        assertThat(running("watch-period", e.uscc())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from grade_adjustment where uscc = ?", Integer.class, e.uscc()))
                .isZero();
    }

    @Test
    void aClosedHazardNeverFallsDue() {
        Enterprise e = demo("威海鲸园建设工程有限公司");
        reset(e.uscc(), "B");
        Hazard hazard = report(e, Hazard.GENERAL, 2);
        ProcessInstance pi = process(hazard);
        hazards.rectify(enterpriseOf(e), hazard.id(), "已更换", List.of());
        complete(pi, "verifyRectification", Map.of("rectificationAccepted", true));
        advance(10, ChronoUnit.DAYS);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(ledgerGrade(e.uscc())).isEqualTo("B");
    }

    @Test
    void onlyTheEnterpriseReportsAndRectifiesItsOwnAndEveryFieldIsChecked() {
        Enterprise e = demo("威海鲸园建设工程有限公司");
        Enterprise other = demo("威海顺达冷链物流有限公司");
        LocalDate today = LocalDate.now(ZONE);
        Hazard hazard = report(e, Hazard.GENERAL, 10);
        assertThatThrownBy(() -> hazards.rectify(enterpriseOf(other), hazard.id(), "x", List.of()))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).messageKey()).isEqualTo("hazard.gone"));
        assertThatThrownBy(() -> hazards.report(
                        accounts.find("reviewer").orElseThrow(),
                        new NewHazard(Hazard.GENERAL, "t", "d", null, today, "p", today.plusDays(3)),
                        List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hazards.report(
                        enterpriseOf(e),
                        new NewHazard(Hazard.GENERAL, " ", "d", null, today, "p", today.plusDays(3)),
                        List.of()))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).getMessage()).isEqualTo("hazard.title"));
        assertThatThrownBy(() -> hazards.report(
                        enterpriseOf(e),
                        new NewHazard(Hazard.GENERAL, "t", "d", null, today, "p", today.minusDays(1)),
                        List.of()))
                .isInstanceOf(Refused.class)
                .satisfies(x -> assertThat(((Refused) x).messageKey()).isEqualTo("hazard.deadline"));
        assertThatThrownBy(() -> hazards.report(
                        enterpriseOf(e),
                        new NewHazard(Hazard.GENERAL, "t", "d", null, today, "p", today.plusDays(3)),
                        List.of(new UploadedFile(
                                "x.exe", "application/octet-stream", "MZ..".getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOf(Refused.class);
        // officials outside the county do not see the enterprise's hazards
        var wendeng = new Account(
                "rv-wd", "文登", Set.of(Role.REVIEWER), List.of("reviewer", "reviewer-371003"), "371003", null, null);
        assertThatThrownBy(() -> hazards.forEnterprise(wendeng, e.uscc())).isInstanceOf(AccessDeniedException.class);
        // domain §11: the department that directly supervises it (环翠区住房和城乡建设局) sees them, the
        // county's 应急管理局 reviewer does not
        assertThat(hazards.forEnterprise(accounts.find("builder").orElseThrow(), e.uscc()))
                .isNotEmpty();
        assertThatThrownBy(() -> hazards.forEnterprise(accounts.find("reviewer").orElseThrow(), e.uscc()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
