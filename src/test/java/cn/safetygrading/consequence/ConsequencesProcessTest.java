package cn.safetygrading.consequence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.consequence.domain.GradeStreak;
import cn.safetygrading.consequence.domain.MeasureProposal;
import cn.safetygrading.consequence.domain.NewMeasure;
import cn.safetygrading.consequence.service.GradeStreaks;
import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.security.service.AccountService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A D grade and repeated low gradings propose measures to the managers; the grading history gives the streaks. */
class ConsequencesProcessTest extends ProcessTestSupport {

    @Autowired
    MeasureService measures;

    @Autowired
    GradeStreaks streaks;

    @Autowired
    GradeBook gradeBook;

    @Autowired
    AccountService accounts;

    /** A finished grading of the enterprise, {@code daysAgo} days ago, at the grade. */
    private void finishedGrading(String uscc, String grade, int daysAgo) {
        OffsetDateTime at = OffsetDateTime.now().minusDays(daysAgo);
        jdbc.update(
                "insert into grading_case (id, process_instance_id, uscc, trigger, region_code, step, started_at,"
                        + " final_grade, finished_at) select ?, ?, uscc, 'APPLICATION', region_code, 'GRADED', ?, ?, ? from enterprise where uscc = ?",
                UUID.randomUUID().toString(),
                "test-" + UUID.randomUUID(),
                at.minusDays(30),
                grade,
                at,
                uscc);
    }

    private void clean(String uscc) {
        reset(uscc, "B");
        jdbc.update("update measure_proposal set closed_at = now() where uscc = ? and closed_at is null", uscc);
        jdbc.update("update grading_case set finished_at = null where uscc = ?", uscc); // this test's history only
    }

    private java.util.List<MeasureProposal> proposalsOf(String user, String uscc) {
        return measures.openProposals(accounts.find(user).orElseThrow()).stream()
                .filter(p -> p.uscc().equals(uscc))
                .toList();
    }

    @Test
    void aDGradeProposesMeasuresToTheManagersUntilOneIsRecorded() {
        String uscc = demo("威海环翠纺织服装有限公司").uscc();
        clean(uscc);
        runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", "GENERAL_ACCIDENT")
                .setVariable("note", "一般事故")
                .correlateStartMessage();
        assertThat(ledgerGrade(uscc)).isEqualTo("D");
        assertThat(proposalsOf("manager", uscc)).singleElement().satisfies(p -> {
            assertThat(p.grade()).isEqualTo("D");
            assertThat(p.reason()).isEqualTo("GRADE_D");
        });
        assertThat(proposalsOf("reviewer", uscc)).isEmpty(); // a list for managers
        // a second D (an adjustment again) does not open a second proposal
        runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", "CONCEALED_ACCIDENT")
                .setVariable("note", "瞒报")
                .correlateStartMessage();
        assertThat(proposalsOf("manager", uscc)).hasSize(1);

        var measure = measures.record(
                        accounts.find("reviewer").orElseThrow(),
                        uscc,
                        new NewMeasure(
                                "LISTED_SUPERVISION",
                                LocalDate.now(ZoneId.of("Asia/Shanghai")),
                                "威环应急督〔2026〕1号",
                                null,
                                "定级为 D 级，挂牌督办"))
                .orElseThrow();
        assertThat(measure.issuingDepartment()).isEqualTo("环翠区应急管理局");
        assertThat(proposalsOf("manager", uscc)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select measure_id from measure_proposal where uscc = ? order by id desc limit 1",
                        Long.class,
                        uscc))
                .isEqualTo(measure.id());
    }

    @Test
    void aSecondLowGradingInARowProposesMeasuresAnAdjustmentDoesNot() {
        String uscc = demo("威海环翠纺织服装有限公司").uscc();
        clean(uscc);
        finishedGrading(uscc, "C", 400);
        // an adjustment to C is no grading: no proposal
        gradeBook.writeGrade(
                uscc, "C", 6, "NONE", "ADJUSTED", "system", "等级动态调整", null, "test-adj-" + UUID.randomUUID());
        assertThat(proposalsOf("manager", uscc)).isEmpty();
        // a grading that ends at C after a grading at C: consecutive low grades
        gradeBook.writeGrade(
                uscc, "C", 6, "NONE", "GRADED", "system", "定级为 C 级", null, "test-graded-" + UUID.randomUUID());
        assertThat(proposalsOf("manager", uscc))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("CONSECUTIVE_LOW"));
    }

    @Test
    void streaksComeFromTheTwoLatestFinishedGradings() {
        String high = demo("威海环翠纺织服装有限公司").uscc();
        String low = demo("威海华宇化工有限公司").uscc();
        clean(high);
        clean(low);
        var manager = accounts.find("manager").orElseThrow();
        finishedGrading(high, "A", 400);
        assertThat(streaks.hasConsecutiveHigh(high)).isFalse();
        finishedGrading(high, "A", 10);
        assertThat(streaks.hasConsecutiveHigh(high)).isTrue();
        assertThat(streaks.consecutiveHigh(manager))
                .extracting(GradeStreak::uscc)
                .contains(high)
                .doesNotContain(low);

        finishedGrading(low, "D", 800);
        finishedGrading(low, "A", 400);
        finishedGrading(low, "C", 10);
        assertThat(streaks.consecutiveLow(manager))
                .extracting(GradeStreak::uscc)
                .doesNotContain(low); // A then C: not in a row
        finishedGrading(low, "D", 5);
        assertThat(streaks.consecutiveLow(manager))
                .filteredOn(s -> s.uscc().equals(low))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.latestGrade()).isEqualTo("D");
                    assertThat(s.previousGrade()).isEqualTo("C");
                });
        // a list for managers; another department's official sees none
        assertThat(streaks.consecutiveLow(accounts.find("reviewer").orElseThrow()))
                .isEmpty();
        assertThat(streaks.consecutiveHigh(manager))
                .extracting(GradeStreak::uscc)
                .doesNotContain(low);
        // a later grading at B ends the high streak
        finishedGrading(high, "B", 1);
        assertThat(streaks.hasConsecutiveHigh(high)).isFalse();
    }
}
