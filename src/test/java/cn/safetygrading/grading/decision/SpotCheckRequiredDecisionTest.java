package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.output;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spot-check-required} (internal): class Ⅰ proposed A and earlier falsification are always
 * checked; otherwise the recorded draw against the ratio; the draw equal to the ratio is not drawn.
 */
class SpotCheckRequiredDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            enterpriseClass, proposedGrade, previouslyFalsified, sampleDraw, sampleRatio, sampleReason
            I,  A, false, 0.99, 0.2, MANDATORY_CLASS_I_A
            I,  A, true,  0.99, 0.0, MANDATORY_CLASS_I_A
            I,  B, false, 0.99, 0.2, NOT_SAMPLED
            II, A, false, 0.99, 0.2, NOT_SAMPLED
            II, A, true,  0.99, 0.2, PREVIOUSLY_FALSIFIED
            I,  C, true,  0.99, 0.0, PREVIOUSLY_FALSIFIED
            II, B, false, 0.19, 0.2, RANDOM
            II, B, false, 0.2,  0.2, NOT_SAMPLED
            II, B, false, 0.0,  0.0, NOT_SAMPLED
            II, B, false, 0.999, 1.0, RANDOM
            II, B,      , 0.5,  0.2, NOT_SAMPLED
            ,   ,       ,     ,    , NOT_SAMPLED
            ,   A,      , 0.1,  0.2, RANDOM
            """)
    void decidesWhetherToSpotCheck(
            String enterpriseClass,
            String proposedGrade,
            Boolean previouslyFalsified,
            Double sampleDraw,
            Double sampleRatio,
            String sampleReason) {
        var variables = vars(
                "enterpriseClass",
                enterpriseClass,
                "proposedGrade",
                proposedGrade,
                "previouslyFalsified",
                previouslyFalsified,
                "sampleDraw",
                sampleDraw,
                "sampleRatio",
                sampleRatio);
        assertThat(output("spot-check-required", "sampleReason", variables)).isEqualTo(sampleReason);
    }
}
