package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.domain.GradingRequestOrigin;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.domain.RoundOutcome;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grading enums against the stored rows: a grading walked to its grade stores the same codes as before the
 * enums (step, round kind and outcome, review decision), the mapper reads them back typed, and every code any
 * row of the test database holds — whatever the other tests left — parses.
 */
class GradingCodesIT extends ProcessTestSupport {

    @Autowired
    GradingCaseMapper cases;

    /** 环翠区, class II, grade B in the demo. */
    private final String food = demo("威海环翠海鑫食品有限公司").uscc();

    @Test
    void aGradingStoresTheCodesItAlwaysStoredAndReadsThemBackTyped() {
        reset(food, "B");
        ProcessInstance pi = startCycle(food, Map.of("spotCheckRatio", 0.0));
        assertThat(stepColumn(pi)).isEqualTo("selfAssessment");
        complete(pi, "selfAssessment", answers(pi, 70));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "RETURN", "reviewComment", "缺少评估登记表"));
        assertThat(jdbc.queryForObject(
                        "select review_decision from grading_case where process_instance_id = ?",
                        String.class,
                        pi.getId()))
                .isEqualTo("RETURN");
        complete(pi, "selfAssessment", answers(pi, 91));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        assertThat(stepColumn(pi)).isEqualTo("NOTICE");
        advance(8, ChronoUnit.DAYS);
        runDueJobs(pi.getId());
        assertThat(stepColumn(pi)).isEqualTo("GRADED");

        GradingCase gradingCase = cases.byProcessInstance(pi.getId()).orElseThrow();
        assertThat(gradingCase.step()).isEqualTo(GradingStep.GRADED);
        assertThat(gradingCase.reviewDecision()).isEqualTo(RoundOutcome.APPROVE);
        assertThat(cases.rounds(gradingCase.id()))
                .extracting(r -> r.kind() + ":" + r.round() + ":" + r.outcome())
                .containsExactly(
                        "SELF_ASSESSMENT:1:SUBMITTED",
                        "PRELIMINARY_REVIEW:1:RETURN",
                        "SELF_ASSESSMENT:2:SUBMITTED",
                        "PRELIMINARY_REVIEW:2:APPROVE");
        assertThat(cases.rounds(gradingCase.id()))
                .extracting(GradingRound::kind)
                .contains(RoundKind.SELF_ASSESSMENT);
        assertThat(cases.countRounds(gradingCase.id(), RoundKind.PRELIMINARY_REVIEW))
                .isEqualTo(2);

        everyStoredCodeParses();
    }

    private String stepColumn(ProcessInstance pi) {
        return jdbc.queryForObject(
                "select step from grading_case where process_instance_id = ?", String.class, pi.getId());
    }

    private void everyStoredCodeParses() {
        parses("select distinct status from campaign", CampaignStatus::of);
        parses("select distinct step from grading_case", GradingStep::of);
        parses("select distinct review_decision from grading_case where review_decision is not null", RoundOutcome::of);
        parses("select distinct kind from grading_round", RoundKind::of);
        parses("select distinct outcome from grading_round where outcome is not null", RoundOutcome::of);
        parses("select distinct kind from grading_request", GradingRequestKind::of);
        parses("select distinct origin from grading_request", GradingRequestOrigin::of);
    }

    private void parses(String sql, Function<String, Optional<?>> of) {
        for (String code : jdbc.queryForList(sql, String.class)) {
            assertThat(of.apply(code)).as(sql + ": " + code).isPresent();
        }
    }
}
