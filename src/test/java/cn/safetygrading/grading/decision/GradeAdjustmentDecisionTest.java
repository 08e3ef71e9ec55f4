package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.GRADE_ADJUSTMENT;
import static cn.safetygrading.grading.decision.Decisions.result;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code grade-adjustment}: every event from every grade, from no grade, and unknown input
 * (contract "grade-adjustment events", domain §5, seeds 000 and 003). An empty newGrade column
 * means no rule matches, so the decision has no result.
 */
class GradeAdjustmentDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            currentGrade, event,                     newGrade, watchPeriod
            # GENERAL_ACCIDENT, CONCEALED_ACCIDENT: straight to D from every grade, watch period
            A,   GENERAL_ACCIDENT,                D,  true
            B,   GENERAL_ACCIDENT,                D,  true
            C,   GENERAL_ACCIDENT,                D,  true
            D,   GENERAL_ACCIDENT,                D,  true
            A,   CONCEALED_ACCIDENT,              D,  true
            B,   CONCEALED_ACCIDENT,              D,  true
            C,   CONCEALED_ACCIDENT,              D,  true
            D,   CONCEALED_ACCIDENT,              D,  true
            # one level down, D stays D; a downgrade event always starts (or restarts) the watch period
            A,   LIABILITY_ACCIDENT,              B,  true
            B,   LIABILITY_ACCIDENT,              C,  true
            C,   LIABILITY_ACCIDENT,              D,  true
            D,   LIABILITY_ACCIDENT,              D,  true
            A,   REPEATED_PENALTY,                B,  true
            B,   REPEATED_PENALTY,                C,  true
            C,   REPEATED_PENALTY,                D,  true
            D,   REPEATED_PENALTY,                D,  true
            A,   REFUSED_ORDER,                   B,  true
            B,   REFUSED_ORDER,                   C,  true
            C,   REFUSED_ORDER,                   D,  true
            D,   REFUSED_ORDER,                   D,  true
            A,   PROMINENT_HAZARDS,               B,  true
            B,   PROMINENT_HAZARDS,               C,  true
            C,   PROMINENT_HAZARDS,               D,  true
            D,   PROMINENT_HAZARDS,               D,  true
            A,   DUAL_PREVENTION_NOT_RUNNING,     B,  true
            B,   DUAL_PREVENTION_NOT_RUNNING,     C,  true
            C,   DUAL_PREVENTION_NOT_RUNNING,     D,  true
            D,   DUAL_PREVENTION_NOT_RUNNING,     D,  true
            A,   RESPONSIBILITY_NOT_IMPLEMENTED,  B,  true
            B,   RESPONSIBILITY_NOT_IMPLEMENTED,  C,  true
            C,   RESPONSIBILITY_NOT_IMPLEMENTED,  D,  true
            D,   RESPONSIBILITY_NOT_IMPLEMENTED,  D,  true
            # one level up, A stays A; no watch period
            A,   NO_ACCIDENT_3_YEARS,             A,  false
            B,   NO_ACCIDENT_3_YEARS,             A,  false
            C,   NO_ACCIDENT_3_YEARS,             B,  false
            D,   NO_ACCIDENT_3_YEARS,             C,  false
            A,   STANDARDIZATION_CERTIFIED,       A,  false
            B,   STANDARDIZATION_CERTIFIED,       A,  false
            C,   STANDARDIZATION_CERTIFIED,       B,  false
            D,   STANDARDIZATION_CERTIFIED,       C,  false
            A,   DUAL_PREVENTION_BENCHMARK,       A,  false
            B,   DUAL_PREVENTION_BENCHMARK,       A,  false
            C,   DUAL_PREVENTION_BENCHMARK,       B,  false
            D,   DUAL_PREVENTION_BENCHMARK,       C,  false
            A,   INTRINSIC_SAFETY_GAIN,           A,  false
            B,   INTRINSIC_SAFETY_GAIN,           A,  false
            C,   INTRINSIC_SAFETY_GAIN,           B,  false
            D,   INTRINSIC_SAFETY_GAIN,           C,  false
            A,   COMMENDATION,                    A,  false
            B,   COMMENDATION,                    A,  false
            C,   COMMENDATION,                    B,  false
            D,   COMMENDATION,                    C,  false
            # never graded (currentGrade absent or empty): accidents give D, other downgrades C, upgrades nothing
            ,    GENERAL_ACCIDENT,                D,  true
            ,    CONCEALED_ACCIDENT,              D,  true
            ,    LIABILITY_ACCIDENT,              C,  true
            ,    REPEATED_PENALTY,                C,  true
            ,    REFUSED_ORDER,                   C,  true
            ,    PROMINENT_HAZARDS,               C,  true
            ,    DUAL_PREVENTION_NOT_RUNNING,     C,  true
            ,    RESPONSIBILITY_NOT_IMPLEMENTED,  C,  true
            ,    NO_ACCIDENT_3_YEARS,             ,
            ,    STANDARDIZATION_CERTIFIED,       ,
            ,    DUAL_PREVENTION_BENCHMARK,       ,
            ,    INTRINSIC_SAFETY_GAIN,           ,
            ,    COMMENDATION,                    ,
            '',  GENERAL_ACCIDENT,                D,  true
            '',  CONCEALED_ACCIDENT,              D,  true
            '',  LIABILITY_ACCIDENT,              C,  true
            '',  REPEATED_PENALTY,                C,  true
            '',  REFUSED_ORDER,                   C,  true
            '',  PROMINENT_HAZARDS,               C,  true
            '',  DUAL_PREVENTION_NOT_RUNNING,     C,  true
            '',  RESPONSIBILITY_NOT_IMPLEMENTED,  C,  true
            '',  NO_ACCIDENT_3_YEARS,             ,
            '',  STANDARDIZATION_CERTIFIED,       ,
            '',  DUAL_PREVENTION_BENCHMARK,       ,
            '',  INTRINSIC_SAFETY_GAIN,           ,
            '',  COMMENDATION,                    ,
            # unknown or absent event, unknown grade: no result, the caller rejects the event
            A,   UNKNOWN_EVENT,                   ,
            A,   '',                              ,
            A,   ,                                ,
            D,   UNKNOWN_EVENT,                   ,
            D,   '',                              ,
            D,   ,                                ,
            ,    UNKNOWN_EVENT,                   ,
            ,    '',                              ,
            ,    ,                                ,
            A,   general_accident,                ,
            E,   GENERAL_ACCIDENT,                ,
            E,   LIABILITY_ACCIDENT,              ,
            E,   COMMENDATION,                    ,
            a,   GENERAL_ACCIDENT,                ,
            a,   LIABILITY_ACCIDENT,              ,
            a,   COMMENDATION,                    ,
            Ⅰ,   GENERAL_ACCIDENT,                ,
            Ⅰ,   LIABILITY_ACCIDENT,              ,
            Ⅰ,   COMMENDATION,                    ,
            ' A', GENERAL_ACCIDENT,                ,
            ' A', LIABILITY_ACCIDENT,              ,
            ' A', COMMENDATION,                    ,
            """)
    void adjusts(String currentGrade, String event, String newGrade, Boolean watchPeriod) {
        Map<String, Object> result = result(GRADE_ADJUSTMENT, vars("currentGrade", currentGrade, "event", event));

        if (newGrade == null) {
            assertThat(result).as("no rule may match").isNull();
        } else {
            assertThat(result).containsOnly(Map.entry("newGrade", newGrade), Map.entry("watchPeriod", watchPeriod));
        }
    }
}
