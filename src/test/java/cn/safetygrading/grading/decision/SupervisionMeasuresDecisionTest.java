package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.SUPERVISION_MEASURES;
import static cn.safetygrading.grading.decision.Decisions.result;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code supervision-measures}: inspection interval from the credit-grade frequencies (seed 001)
 * mapped to A–D, class I one step stricter; stationing by class × grade (seed 000, domain §6).
 */
class SupervisionMeasuresDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            enterpriseClass, grade, inspectionIntervalMonths, stationing
            # all eight combinations
            I,   A, 12, ROVING
            I,   B, 6,  ROVING
            I,   C, 3,  STATIONED
            I,   D, 3,  STATIONED
            II,  A, 24, NONE
            II,  B, 12, ROVING
            II,  C, 6,  ROVING
            II,  D, 3,  STATIONED
            # class or grade not (yet) determined, or not a contract value: no result
            ,    A,   ,
            I,   ,    ,
            ,    ,    ,
            '',  A,   ,
            I,   '',  ,
            III, A,   ,
            I,   E,   ,
            i,   A,   ,
            II,  a,   ,
            Ⅰ,   A,   ,
            Ⅱ,   D,   ,
            """)
    void measures(String enterpriseClass, String grade, Integer inspectionIntervalMonths, String stationing) {
        Map<String, Object> result =
                result(SUPERVISION_MEASURES, vars("enterpriseClass", enterpriseClass, "grade", grade));

        if (inspectionIntervalMonths == null) {
            assertThat(result).as("no rule may match").isNull();
        } else {
            assertThat(result)
                    .containsOnly(
                            Map.entry("inspectionIntervalMonths", inspectionIntervalMonths),
                            Map.entry("stationing", stationing));
        }
    }
}
