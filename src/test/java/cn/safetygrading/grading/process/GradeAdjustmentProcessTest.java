package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** grade-adjustment: the message grade-event applies the decision at once. */
class GradeAdjustmentProcessTest extends ProcessTestSupport {

    private final String uscc = demo("威海环翠纺织服装有限公司").uscc();

    private ProcessInstance event(String event, String note) {
        return runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", event)
                .setVariable("note", note)
                .correlateStartMessage();
    }

    private ProcessInstance event(String event, String note, String factRef, LocalDate occurredOn) {
        return runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", event)
                .setVariable("note", note)
                .setVariable("factRef", factRef)
                .setVariable("occurredOn", occurredOn.toString())
                .correlateStartMessage();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.now().toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    private Integer interval() {
        return jdbc.queryForObject(
                "select inspection_interval_months from enterprise where uscc = ?", Integer.class, uscc);
    }

    @Test
    void aDowngradeIsAppliedRecordedAndStartsTheWatch() {
        reset(uscc, "B");
        ProcessInstance pi = event("REPEATED_PENALTY", "一年内两次行政处罚");
        assertThat(pi)
                .isEnded()
                .hasPassed("Task_StartWatchPeriod")
                .variables()
                .containsEntry("newGrade", "C")
                .containsEntry("watchPeriod", true)
                .containsEntry("adjusted", true);
        assertThat(ledgerGrade(uscc)).isEqualTo("C");
        assertThat(running("watch-period", uscc)).isOne();
        assertThat(jdbc.queryForObject(
                        "select note from grade_adjustment where process_instance_id = ?", String.class, pi.getId()))
                .isEqualTo("一年内两次行政处罚");
        assertThat(timeline(uscc)).contains("ADJUSTED", "WATCH_STARTED");
    }

    @Test
    void anAccidentGoesStraightToD() {
        reset(uscc, "A");
        event("GENERAL_ACCIDENT", "一般生产安全事故");
        assertThat(ledgerGrade(uscc)).isEqualTo("D");
        assertThat(jdbc.queryForObject(
                        "select inspection_interval_months from enterprise where uscc = ?", Integer.class, uscc))
                .isEqualTo(3);
    }

    @Test
    void aSecondNonAccidentDowngradeWithin12MonthsAddsNothingAndIsRecordedAsRefused() {
        reset(uscc, "B");
        event("REFUSED_ORDER", "拒不执行整改指令");
        ProcessInstance second = event("PROMINENT_HAZARDS", "重大隐患未整改");
        assertThat(second)
                .isEnded()
                .hasPassed("End_Rejected")
                .variables()
                .containsEntry("refusal", "ONE_LEVEL_PER_12_MONTHS");
        assertThat(ledgerGrade(uscc)).isEqualTo("C");
        assertThat(running("watch-period", uscc)).isOne();
        assertThat(jdbc.queryForObject(
                        "select refusal_reason from grade_adjustment where process_instance_id = ?",
                        String.class,
                        second.getId()))
                .isEqualTo("ONE_LEVEL_PER_12_MONTHS");
    }

    @Test
    void twoPenaltiesAreOneLevelAndFourInAYearStillOne() {
        reset(uscc, "A");
        LocalDate today = today();
        event("REPEATED_PENALTY", "第二次行政处罚", "penalty:2", today.minusMonths(6));
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        event("REPEATED_PENALTY", "第三次行政处罚", "penalty:3", today.minusMonths(3));
        event("REPEATED_PENALTY", "第四次行政处罚", "penalty:4", today);
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        assertThat(jdbc.queryForList(
                        "select fact_ref from grade_adjustment where uscc = ? and refused order by occurred_on",
                        String.class,
                        uscc))
                .containsExactly("penalty:3", "penalty:4");
    }

    @Test
    void aPenaltyMoreThan12MonthsAfterTheLastDowngradeMovesAgain() {
        reset(uscc, "A");
        LocalDate today = today();
        event("REPEATED_PENALTY", "去年的处罚", "penalty:1", today.minusDays(370));
        assertThat(ledgerGrade(uscc)).isEqualTo("A"); // a fact older than 12 months: stale
        jdbc.update(
                "update grade_adjustment set refused = false, new_grade = 'B', occurred_on = ? where uscc = ?",
                today.minusDays(366),
                uscc);
        event("REPEATED_PENALTY", "今年的处罚", "penalty:2", today);
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
    }

    @Test
    void anAccidentFourYearsBackChangesNothing() {
        reset(uscc, "B");
        ProcessInstance pi = event("GENERAL_ACCIDENT", "一般生产安全事故", "accident:old", today().minusYears(4));
        assertThat(pi).isEnded().hasPassed("End_Rejected").variables().containsEntry("refusal", "STALE_FACT");
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        assertThat(running("watch-period", uscc)).isZero();
        assertThat(jdbc.queryForObject(
                        "select occurred_on from grade_adjustment where process_instance_id = ?",
                        LocalDate.class,
                        pi.getId()))
                .isEqualTo(today().minusYears(4));
    }

    @Test
    void anAccidentDuringTheWatchSetsDAndRestartsTheWatch() {
        reset(uscc, "B");
        event("REFUSED_ORDER", "拒不执行整改指令");
        String firstWatch = runtime.createProcessInstanceQuery()
                .processDefinitionKey("watch-period")
                .processInstanceBusinessKey(uscc)
                .singleResult()
                .getId();
        ProcessInstance accident = event("CONCEALED_ACCIDENT", "瞒报事故", "accident:1", today().minusMonths(2));
        assertThat(accident).hasPassed("Task_StartWatchPeriod");
        assertThat(ledgerGrade(uscc)).isEqualTo("D");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("watch-period")
                        .processInstanceBusinessKey(uscc)
                        .list())
                .singleElement()
                .extracting(p -> p.getId())
                .isNotEqualTo(firstWatch);
    }

    @Test
    void anUpgradeDuringTheWatchIsRefused() {
        reset(uscc, "B");
        event("REFUSED_ORDER", "拒不执行整改指令");
        ProcessInstance pi = event("COMMENDATION", "市级表彰");
        assertThat(pi).isEnded().hasPassed("End_Rejected").variables().containsEntry("refusal", "WATCH_PERIOD");
        assertThat(ledgerGrade(uscc)).isEqualTo("C");
    }

    @Test
    void whileWatchingTheEnterpriseIsInspectedAtLeastAsOftenAsGradeC() {
        reset(uscc, "B");
        event("REFUSED_ORDER", "拒不执行整改指令");
        Integer c = interval();
        reset(uscc, "C");
        event("NO_ACCIDENT_3_YEARS", "三年无事故"); // B, no watch: B's own interval
        Integer b = interval();
        assertThat(b).isGreaterThan(c);
        reset(uscc, "A");
        event("REFUSED_ORDER", "拒不执行整改指令"); // B, watching: C's interval
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        assertThat(interval()).isEqualTo(c);
    }

    @Test
    void anUpgradeNeedsNoWatch() {
        reset(uscc, "B");
        ProcessInstance pi = event("STANDARDIZATION_CERTIFIED", "安全生产标准化二级达标");
        assertThat(pi).isEnded().hasPassed("End_Adjusted").variables().containsEntry("newGrade", "A");
        assertThat(ledgerGrade(uscc)).isEqualTo("A");
        assertThat(running("watch-period", uscc)).isZero();
    }

    @Test
    void anUnknownEventChangesNothingAndIsRecordedAsRefused() {
        reset(uscc, "B");
        ProcessInstance pi = event("BAD_WEATHER", null);
        assertThat(pi).isEnded().hasPassed("End_Rejected").variables().containsEntry("adjusted", false);
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        assertThat(timeline(uscc)).contains("ADJUSTMENT_REFUSED");
    }

    private org.camunda.bpm.engine.task.Task confirmation(ProcessInstance pi) {
        return tasks.createTaskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey("confirmAdjustment")
                .singleResult();
    }

    @Test
    void aGroundThatNeedsConfirmationWaitsForTheManagerAndMovesOnlyWhenConfirmed() {
        reset(uscc, "B");
        ProcessInstance pi = event("SHORTCOMINGS", "安全管理存在明显短板");
        assertThat(pi).isWaitingAt("confirmAdjustment");
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        org.camunda.bpm.engine.task.Task task = confirmation(pi);
        assertThat(tasks.getIdentityLinksForTask(task.getId()))
                .extracting(l -> l.getGroupId())
                .allMatch(g -> g.startsWith("manager-"))
                .isNotEmpty();
        assertThat(tasks.getVariable(task.getId(), "proposalNote")).isEqualTo("安全管理存在明显短板");
        tasks.complete(task.getId(), java.util.Map.of("adjustmentConfirmed", true, "confirmationNote", "经核实属实"));
        assertThat(pi).isEnded().hasPassed("Task_ApplyAdjustment", "Task_StartWatchPeriod");
        assertThat(ledgerGrade(uscc)).isEqualTo("C");
        assertThat(timeline(uscc)).contains("ADJUSTMENT_CONFIRMED", "ADJUSTED");
    }

    @Test
    void aRejectedConfirmationIsRecordedAsARefusedMove() {
        reset(uscc, "B");
        ProcessInstance pi = event("HIGH_MANAGEMENT", "管理水平较高");
        tasks.complete(
                confirmation(pi).getId(), java.util.Map.of("adjustmentConfirmed", false, "confirmationNote", "依据不足"));
        assertThat(pi).isEnded().hasPassed("Task_RecordNotConfirmed").hasNotPassed("Task_ApplyAdjustment");
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        assertThat(jdbc.queryForObject(
                        "select refusal_reason from grade_adjustment where process_instance_id = ?",
                        String.class,
                        pi.getId()))
                .isEqualTo("NOT_CONFIRMED");
        assertThat(timeline(uscc)).contains("ADJUSTMENT_NOT_CONFIRMED");
    }

    @Test
    void aMessageCannotSkipTheConfirmationNorSmuggleTheDecisionIn() {
        reset(uscc, "B");
        ProcessInstance pi = runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", "OTHER_DOWN")
                .setVariable("note", "其他情形")
                .setVariable("adjustmentConfirmed", true)
                .setVariable("needsConfirmation", false)
                .correlateStartMessage();
        assertThat(pi).isWaitingAt("confirmAdjustment");
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
        org.camunda.bpm.engine.task.Task task = confirmation(pi);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(
                        task.getId(),
                        java.util.Map.of(
                                "adjustmentConfirmed", true, "confirmationNote", "同意", "event", "GENERAL_ACCIDENT")))
                .hasMessageContaining("event");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(
                        task.getId(),
                        java.util.Map.of("adjustmentConfirmed", true, "confirmationNote", "同意", "note", "改写的理由")))
                .hasMessageContaining("note");
        assertThat(ledgerGrade(uscc)).isEqualTo("B");
    }
}
