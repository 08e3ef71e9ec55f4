package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.grading.domain.Checklist;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Issue #12, "the process trusts variables that whoever works a task can write": an attacker with
 * direct engine access (as a hole in the engine API would allow) rewrites the decisive variables of
 * a running case at each wait state, then the tasks are completed properly. The published grade, the
 * notice period, the sampling, the candidate groups and the final grade stay those the owning steps
 * decided, read from the case record.
 */
class VariableTamperingTest extends ProcessTestSupport {

    /** 环翠区, class II, grade B in the demo. */
    private final String food = demo("威海环翠海鑫食品有限公司").uscc();

    /** What the enterprise and the reviewer wrote over /engine-rest in the reported attack, and more. */
    private static Map<String, Object> poison() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("verifiedGrade", "A");
        vars.put("proposedGrade", "A");
        vars.put("noticeGrade", "A");
        vars.put("noticePeriod", "PT1M");
        vars.put("spotCheckRatio", 0.0);
        vars.put("sampleRatio", 0.0);
        vars.put("sampleReason", "NOT_SAMPLED");
        vars.put("countyCode", "371003");
        vars.put("department", "文登区住房和城乡建设局");
        vars.put("supervisingDepartment", "文登区住房和城乡建设局");
        vars.put("cityCode", "370100");
        vars.put("uscc", "91371003MA3C000000");
        vars.put("trigger", "DEPARTMENT");
        vars.put("fatalAccidentWithin3Years", false);
        vars.put("generalAccident", false);
        vars.put("vetoFailed", false);
        vars.put("mandatoryMissing", false);
        vars.put("selfScore", 100.0);
        vars.put("downgraded", false);
        vars.put("selfAssessmentDue", new Date(0));
        vars.put("reviewDue", new Date(0));
        return vars;
    }

    private void poison(ProcessInstance pi) {
        runtime.setVariables(pi.getId(), poison());
    }

    @Test
    void aReviewersOwnDProposalCannotBecomeAPublishedA() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        poison(pi);
        complete(pi, "selfAssessment", answers(pi, 50));
        poison(pi);
        tasks.setVariables(task(pi).getId(), poison());
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "D"));

        assertThat(pi).isWaitingAt("Gateway_AwaitNotice");
        Map<String, Object> notice = jdbc.queryForMap(
                "select n.grade, n.starts_at, n.ends_at from notice n join grading_case c"
                        + " on c.id = n.case_id where c.process_instance_id = ? and n.status = 'OPEN'",
                pi.getId());
        assertThat(notice.get("grade")).isEqualTo("D");
        // the notice runs the period the case started with (P7D), not the minute written later
        assertThat(Duration.between(
                        ((java.sql.Timestamp) notice.get("starts_at")).toInstant(),
                        ((java.sql.Timestamp) notice.get("ends_at")).toInstant()))
                .isEqualTo(Duration.ofDays(7));

        poison(pi);
        advance(2, ChronoUnit.MINUTES);
        runDueJobs(pi.getId());
        assertThat(pi).isNotEnded();
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().variables().containsEntry("finalGrade", "D");
        assertThat(ledgerGrade(food)).isEqualTo("D");
        assertThat(running("watch-period", food))
                .as("B to D is a downgrade, whatever 'downgraded' said")
                .isOne();
    }

    @Test
    void aVerifiedGradeWrittenByAnyoneButTheExpertIsNotPublished() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 1.0));
        complete(pi, "selfAssessment", answers(pi, 82));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        assertThat(pi).isWaitingAt("spotCheck");
        poison(pi);
        complete(pi, "spotCheck", Map.of("verifiedGrade", "C", "falsified", false));
        assertThat(jdbc.queryForObject(
                        "select grade from notice n join grading_case c on c.id = n.case_id"
                                + " where c.process_instance_id = ? and n.status = 'OPEN'",
                        String.class,
                        pi.getId()))
                .isEqualTo("C");
    }

    @Test
    void theSamplingRatioAndTheRegionAreThoseTheCaseStartedWith() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 1.0));
        assertThat(task(pi)).hasCandidateGroup("enterprise-" + food);
        poison(pi);
        complete(pi, "selfAssessment", answers(pi, 82));
        // the case's department (环翠区应急管理局, the enterprise's 直接监管责任部门 at the start), not a variable's
        assertThat(task(pi)).hasCandidateGroup("reviewer-371002-emergency");
        assertThat(tasks.getIdentityLinksForTask(task(pi).getId()))
                .noneMatch(l -> l.getGroupId() != null && l.getGroupId().startsWith("reviewer-371003"));
        poison(pi);
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        // ratio 1 at the start: the case is drawn whatever spotCheckRatio says now, and goes to the city's experts
        assertThat(pi).isWaitingAt("spotCheck");
        assertThat(task(pi)).hasCandidateGroup("expert-371000");
        assertThat(gradingCase(pi)).containsEntry("sampled", true);
    }

    @Test
    void theDeadlinesAreThoseTheCaseStartedWith() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        Date due = task(pi).getDueDate();
        poison(pi);
        complete(pi, "selfAssessment", answers(pi, 82));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "RETURN", "reviewComment", "补充材料"));
        assertThat(task(pi).getDueDate()).isEqualTo(due);
        assertThat(task(pi).getDueDate()).isAfter(org.camunda.bpm.engine.impl.util.ClockUtil.now());
    }

    @Test
    void aTypedScoreWithoutChecklistAnswersIsRefused() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        // a typed score is no output of the form: the completion guard refuses it, naming the field
        assertThatThrownBy(() -> complete(
                        pi,
                        "selfAssessment",
                        Map.of("selfScore", 100.0, "vetoFailed", false, "mandatoryMissing", false)))
                .hasMessageContaining("selfScore")
                .hasMessageContaining("此项不能由提交修改");
        // and without checklist answers the case itself refuses: there is nothing to score
        assertThatThrownBy(() -> complete(pi, "selfAssessment", Map.of())).hasMessageContaining("请按评估标准逐项作答后提交");
        // a typed score next to the answers is refused too: the stored and written-back score is the computed one
        Map<String, Object> vars = new LinkedHashMap<>(answers(pi, 50));
        vars.put("selfScore", 100.0);
        assertThatThrownBy(() -> complete(pi, "selfAssessment", vars)).hasMessageContaining("selfScore");
        assertThat(pi).isWaitingAt("selfAssessment");
        complete(pi, "selfAssessment", answers(pi, 50));
        double computed = ((Number) gradingCase(pi).get("self_score")).doubleValue();
        assertThat(computed).isLessThan(70);
        assertThat(runtime.getVariable(pi.getId(), "selfScore")).isEqualTo(computed);
        assertThat(runtime.getVariable(pi.getId(), "diagnosedGrade")).isEqualTo("D");
    }

    @Test
    void theChecklistIsTheCasesNotTheOneAVariableNames() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        String own = (String) runtime.getVariable(pi.getId(), "checklistId");
        Checklist other = checklists.all().stream()
                .filter(c -> !c.id().equals(own))
                .min(java.util.Comparator.comparingInt(c -> c.items().size()))
                .orElseThrow();
        runtime.setVariable(pi.getId(), "checklistId", other.id());
        Map<String, String> allMet = new LinkedHashMap<>();
        other.items().forEach(i -> allMet.put(i.id(), "MET"));
        assertThatThrownBy(() -> complete(
                        pi,
                        "selfAssessment",
                        Map.of(
                                "checklistAnswers",
                                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(allMet))))
                .hasMessageContaining("评估项");
        assertThat(pi).isWaitingAt("selfAssessment");
    }

    @Test
    void accidentFlagsWrittenAsVariablesDoNotHideAnAccident() {
        reset(food, "B");
        generalAccident(food);
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        poison(pi);
        complete(pi, "selfAssessment", answers(pi, 95));
        assertThat(pi).variables().containsEntry("diagnosedGrade", "D");
        poison(pi);
        assertThatThrownBy(() ->
                        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A")))
                .hasMessageContaining("只能是 D 级");
    }

    @Test
    void aDismissedObjectionResumesTheNoticesOwnEndNotAWrittenOne() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        complete(pi, "selfAssessment", answers(pi, 92));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        runtime.setVariable(pi.getId(), "noticeEndsAt", Date.from(ClockNow.plusMinutes(1)));
        runtime.createMessageCorrelation("objection-filed")
                .processInstanceBusinessKey(food)
                .setVariable("objectionText", "对拟定等级有异议")
                .correlate();
        poison(pi);
        complete(pi, "objectionReview", Map.of("objectionUpheld", false, "objectionDecision", "经核实异议不成立"));
        advance(2, ChronoUnit.MINUTES);
        runDueJobs(pi.getId());
        assertThat(pi).isNotEnded().isWaitingAt("Gateway_AwaitNotice");
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(pi).isEnded().variables().containsEntry("finalGrade", "A");
    }

    /** The engine's clock now. */
    private static final class ClockNow {
        static java.time.Instant plusMinutes(long minutes) {
            return org.camunda.bpm.engine.impl.util.ClockUtil.now().toInstant().plus(minutes, ChronoUnit.MINUTES);
        }
    }
}
