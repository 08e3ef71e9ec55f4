package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** grade-adjustment: the message grade-event applies the decision at once. */
class GradeAdjustmentProcessTest extends ProcessTestSupport {

    private final String uscc = demo("威海环翠纺织服装有限公司").uscc();

    private ProcessInstance event(String event, String note) {
        return runtime.createMessageCorrelation("grade-event").processInstanceBusinessKey(uscc)
                .setVariable("event", event).setVariable("note", note).correlateStartMessage();
    }

    @Test
    void aDowngradeIsAppliedRecordedAndStartsTheWatch() {
        reset(uscc, "B");
        ProcessInstance pi = event("REPEATED_PENALTY", "一年内两次行政处罚");
        assertThat(pi).isEnded().hasPassed("Task_StartWatchPeriod").variables()
                .containsEntry("newGrade", "C").containsEntry("watchPeriod", true).containsEntry("adjusted", true);
        assertThat(ledgerGrade(uscc)).isEqualTo("C");
        assertThat(running("watch-period", uscc)).isOne();
        assertThat(jdbc.queryForObject("select note from grade_adjustment where process_instance_id = ?", String.class, pi.getId()))
                .isEqualTo("一年内两次行政处罚");
        assertThat(timeline(uscc)).contains("ADJUSTED", "WATCH_STARTED");
    }

    @Test
    void anAccidentGoesStraightToD() {
        reset(uscc, "A");
        event("GENERAL_ACCIDENT", "一般生产安全事故");
        assertThat(ledgerGrade(uscc)).isEqualTo("D");
        assertThat(jdbc.queryForObject("select inspection_interval_months from enterprise where uscc = ?", Integer.class, uscc))
                .isEqualTo(3);
    }

    @Test
    void aSecondDowngradeRestartsTheWatch() {
        reset(uscc, "B");
        event("REFUSED_ORDER", "拒不执行整改指令");
        event("PROMINENT_HAZARDS", "重大隐患未整改");
        assertThat(ledgerGrade(uscc)).isEqualTo("D");
        assertThat(running("watch-period", uscc)).isOne();
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
}
