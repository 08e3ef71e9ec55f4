package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of grading-cycle, driven through the real services on the embedded PostgreSQL. */
class GradingCycleProcessTest extends ProcessTestSupport {

    /** 环翠区, class II, grade B in the demo. */
    private final String food = demo("威海环翠海鑫食品有限公司").uscc();
    /** 环翠区, class I, grade C in the demo. */
    private final String chemical = demo("威海华宇化工有限公司").uscc();
    /** 环翠区, class II, grade A in the demo. */
    private final String machinery = demo("威海市环翠区精工机械有限公司").uscc();

    private static final Map<String, Object> NOT_SAMPLED = Map.of("spotCheckRatio", 0.0);
    private static final Map<String, Object> ALWAYS_SAMPLED = Map.of("spotCheckRatio", 1.0);

    @Test
    void happyPathNotSampledGradesAfterTheNotice() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        assertThat(pi).isWaitingAt("selfAssessment");
        assertThat(task(pi)).hasCandidateGroup("enterprise-" + food);
        assertThat(task(pi).getDueDate()).isNotNull();

        complete(pi, "selfAssessment", answers(pi, 91));
        assertThat(pi).isWaitingAt("preliminaryReview").variables().containsEntry("diagnosedGrade", "A");
        assertThat(task(pi)).hasCandidateGroup("reviewer-371002-emergency");

        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        assertThat(pi)
                .isWaitingAt("Gateway_AwaitNotice")
                .variables()
                .containsEntry("sampleReason", "NOT_SAMPLED")
                .containsEntry("noticeGrade", "A");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where case_id = ? and status = 'OPEN'",
                        Integer.class,
                        runtime.getVariable(pi.getId(), "caseId")))
                .isOne();

        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().hasPassed("End_Graded").variables().containsEntry("finalGrade", "A");
        assertThat(ledgerGrade(food)).isEqualTo("A");
        assertThat(jdbc.queryForObject(
                        "select inspection_interval_months from enterprise where uscc = ?", Integer.class, food))
                .isEqualTo(24);
        assertThat(running("watch-period", food)).isZero();
        assertThat(timeline(food))
                .contains("GRADING_STARTED", "SELF_ASSESSMENT", "REVIEW_APPROVED", "SAMPLING", "NOTICE", "GRADED");
    }

    @Test
    void aReturnedSubmissionComesBackAndEveryRoundIsKept() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 70));
        assertThatThrownBy(() -> complete(pi, "preliminaryReview", Map.of("reviewDecision", "RETURN")))
                .hasMessageContaining("退回补正须写明理由");
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "RETURN", "reviewComment", "缺少评估登记表"));
        assertThat(pi).isWaitingAt("selfAssessment");
        complete(pi, "selfAssessment", answers(pi, 82));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        String caseId = (String) runtime.getVariable(pi.getId(), "caseId");
        assertThat(jdbc.queryForList(
                        "select kind || ':' || round || ':' || outcome from grading_round where case_id = ? order by id",
                        String.class,
                        caseId))
                .containsExactly(
                        "SELF_ASSESSMENT:1:SUBMITTED",
                        "PRELIMINARY_REVIEW:1:RETURN",
                        "SELF_ASSESSMENT:2:SUBMITTED",
                        "PRELIMINARY_REVIEW:2:APPROVE");
    }

    @Test
    void theServerReChecksTheReviewForm() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 95, false, true));
        assertThatThrownBy(() ->
                        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A")))
                .hasMessageContaining("必备项缺失");
        assertThatThrownBy(() -> complete(pi, "preliminaryReview", Map.of("reviewDecision", "MAYBE")))
                .hasMessageContaining("reviewDecision（初审结论）：不是可选的值");
        assertThat(pi).isWaitingAt("preliminaryReview");
    }

    @Test
    void aFailedVetoItemProposesDAndCannotBeApprovedHigher() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 95, true, false));
        assertThat(pi).variables().containsEntry("diagnosedGrade", "D");
        assertThatThrownBy(() ->
                        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B")))
                .hasMessageContaining("只能是 D 级");
    }

    @Test
    void aSampledCaseIsVerifiedAndADowngradeStartsTheWatchPeriod() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, ALWAYS_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 85));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        assertThat(pi).isWaitingAt("spotCheck").variables().containsEntry("sampleReason", "RANDOM");
        assertThat(task(pi)).hasCandidateGroup("expert-371000");
        complete(pi, "spotCheck", Map.of("verifiedGrade", "C", "falsified", false));
        assertThat(pi).variables().containsEntry("noticeGrade", "C");
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi)
                .isEnded()
                .hasPassed("Task_StartWatchPeriod")
                .variables()
                .containsEntry("finalGrade", "C")
                .containsEntry("downgraded", true);
        assertThat(ledgerGrade(food)).isEqualTo("C");
        assertThat(running("watch-period", food)).isOne();
    }

    @Test
    void aDowngradeToBIsInspectedAsOftenAsCDuringTheWatch() {
        reset(food, "A");
        ProcessInstance pi = startCycle(food, ALWAYS_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 85));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        complete(pi, "spotCheck", Map.of("verifiedGrade", "B", "falsified", false));
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().variables().containsEntry("finalGrade", "B").containsEntry("downgraded", true);
        String enterpriseClass =
                jdbc.queryForObject("select enterprise_class from enterprise where uscc = ?", String.class, food);
        Object cInterval = gradingDecisions
                .supervisionMeasures(enterpriseClass, "C")
                .orElseThrow()
                .get("inspectionIntervalMonths");
        Object bInterval = gradingDecisions
                .supervisionMeasures(enterpriseClass, "B")
                .orElseThrow()
                .get("inspectionIntervalMonths");
        assertThat(((Number) bInterval).intValue()).isGreaterThan(((Number) cInterval).intValue());
        assertThat(jdbc.queryForObject(
                        "select inspection_interval_months from enterprise where uscc = ?", Integer.class, food))
                .isEqualTo(((Number) cInterval).intValue());
    }

    @org.springframework.beans.factory.annotation.Autowired
    cn.safetygrading.grading.service.Decisions gradingDecisions;

    @Test
    void classIProposedAIsAlwaysSpotChecked() {
        reset(chemical, "C");
        ProcessInstance pi = startCycle(chemical, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 96));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        assertThat(pi).isWaitingAt("spotCheck").variables().containsEntry("sampleReason", "MANDATORY_CLASS_I_A");
    }

    @Test
    void falsifiedDataIsRecordedAndMakesTheNextCycleMandatoryToCheck() {
        reset(machinery, "A");
        ProcessInstance pi = startCycle(machinery, ALWAYS_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 93));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        complete(pi, "spotCheck", Map.of("verifiedGrade", "C", "falsified", true));
        assertThat(pi).hasPassed("Task_RecordFalsification");
        assertThat(timeline(machinery)).contains("FALSIFICATION");
        runtime.deleteProcessInstance(pi.getId(), "next cycle");

        ProcessInstance next = startCycle(machinery, NOT_SAMPLED);
        complete(next, "selfAssessment", answers(next, 93));
        complete(next, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        assertThat(next).isWaitingAt("spotCheck").variables().containsEntry("sampleReason", "PREVIOUSLY_FALSIFIED");
    }

    @Test
    void anUpheldObjectionSendsTheCaseBackToVerification() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 92));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        runtime.createMessageCorrelation("objection-filed")
                .processInstanceBusinessKey(food)
                .setVariable("objectionText", "该企业上月发生有限空间作业违章，未如实申报")
                .correlate();
        assertThat(pi).isWaitingAt("objectionReview");
        complete(pi, "objectionReview", Map.of("objectionUpheld", true, "objectionDecision", "经核实异议成立"));
        assertThat(pi).isWaitingAt("spotCheck");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where case_id = ? and status = 'WITHDRAWN'",
                        Integer.class,
                        runtime.getVariable(pi.getId(), "caseId")))
                .isOne();
        complete(pi, "spotCheck", Map.of("verifiedGrade", "B", "falsified", false));
        assertThat(pi).isWaitingAt("Gateway_AwaitNotice").variables().containsEntry("noticeGrade", "B");
    }

    @Test
    void aDismissedObjectionLetsTheNoticeRunToItsOriginalEnd() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 92));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        Object endsAt = runtime.getVariable(pi.getId(), "noticeEndsAt");
        advance(3, ChronoUnit.DAYS);
        runtime.createMessageCorrelation("objection-filed")
                .processInstanceBusinessKey(food)
                .setVariable("objectionText", "对拟定等级有异议")
                .correlate();
        complete(pi, "objectionReview", Map.of("objectionUpheld", false, "objectionDecision", "经核实异议不成立"));
        assertThat(pi).isWaitingAt("Gateway_AwaitNotice").variables().containsEntry("noticeEndsAt", endsAt);
        advance(3, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isNotEnded();
        advance(2, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().variables().containsEntry("finalGrade", "A");
    }

    @Test
    void remindersComeBeforeTheDeadlineAndAMissedDeadlineGoesToTheCounty() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        advance(28, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("selfAssessment").hasPassed("Task_SendReminder");
        assertThat(timeline(food)).contains("REMINDER");

        advance(3, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("departmentDiagnosis").hasPassed("Task_RecordMissedDeadline");
        assertThat(task(pi)).hasCandidateGroup("reviewer-371002-emergency");
        // the department answers the checklist as the enterprise would; the score is computed, never typed
        complete(pi, "departmentDiagnosis", answers(pi, 72));
        assertThat(pi).isWaitingAt("Gateway_AwaitNotice").variables().containsEntry("proposedGrade", "C");
        assertThat(timeline(food)).contains("DEADLINE_MISSED", "DEPARTMENT_DIAGNOSIS");
    }

    @Test
    void aDepartmentTriggerStartsWithTheDepartmentsDiagnosis() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("trigger", "DEPARTMENT", "spotCheckRatio", 0.0));
        assertThat(pi).isWaitingAt("departmentDiagnosis");
    }

    @Test
    void anAccidentDuringARunningCycleForcesD() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 92));
        generalAccident(food);
        assertThat(ledgerGrade(food)).isEqualTo("D");
        assertThat(running("watch-period", food)).isOne();
        // the review still says A, but the accident forces D at grading
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "D"));
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().variables().containsEntry("finalGrade", "D").containsEntry("downgraded", false);
    }

    @Test
    void theBusinessKeyMustBeTheUscc() {
        assertThatThrownBy(
                        () -> runtime.startProcessInstanceByKey("grading-cycle", "not-the-uscc", Map.of("uscc", food)))
                .hasMessageContaining("业务键");
    }
}
