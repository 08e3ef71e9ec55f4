package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.DIAGNOSIS_GRADE;
import static cn.safetygrading.grading.decision.Decisions.output;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code diagnosis-grade}: score bands ≥90 A, [80,90) B, [60,80) C, [0,60) D; a failed veto item, a
 * fatal accident within 3 years or a general-or-above accident force D (domain §4, seeds 000, 003).
 */
class DiagnosisGradeDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            score, vetoFailed, fatalAccidentWithin3Years, generalAccident, grade
            # bands and their boundaries
            100,    false, false, false, A
            95,     false, false, false, A
            90,     false, false, false, A
            90.0,   false, false, false, A
            89.99,  false, false, false, B
            89.9,   false, false, false, B
            89.5,   false, false, false, B
            89,     false, false, false, B
            80,     false, false, false, B
            79.9,   false, false, false, C
            79,     false, false, false, C
            60,     false, false, false, C
            59.99,  false, false, false, D
            59.9,   false, false, false, D
            59.5,   false, false, false, D
            59,     false, false, false, D
            30,     false, false, false, D
            0,      false, false, false, D
            # flags absent count as false
            90,     ,      ,      ,      A
            89.9,   ,      ,      ,      B
            60,     ,      ,      ,      C
            59.9,   ,      ,      ,      D
            # absent score counts as 0
            ,       ,      ,      ,      D
            ,       false, false, false, D
            # each forcing flag makes D whatever the score
            100,    true,  false, false, D
            100,    false, true,  false, D
            100,    false, false, true,  D
            90,     true,  ,      ,      D
            90,     ,      true,  ,      D
            90,     ,      ,      true,  D
            85,     true,  false, false, D
            70,     false, true,  false, D
            65,     false, false, true,  D
            # several forcing flags at once: rules overlap and agree (hit policy ANY)
            100,    true,  true,  true,  D
            95,     true,  false, true,  D
            # a score outside 0..100 gives no grade (the caller rejects it) unless a flag forces D
            100.1,  false, false, false,
            150,    false, false, false,
            -1,     false, false, false,
            -0.1,   ,      ,      ,
            150,    true,  false, false, D
            -5,     false, false, true,  D
            """)
    void grades(
            Double score,
            Boolean vetoFailed,
            Boolean fatalAccidentWithin3Years,
            Boolean generalAccident,
            String grade) {
        var variables = vars(
                "score", score,
                "vetoFailed", vetoFailed,
                "fatalAccidentWithin3Years", fatalAccidentWithin3Years,
                "generalAccident", generalAccident);

        assertThat(output(DIAGNOSIS_GRADE, "grade", variables)).isEqualTo(grade);
    }

    /** The score may arrive as any Java number type (form fields, computed sums, REST JSON). */
    static Stream<Arguments> numberTypes() {
        return Stream.of(
                Arguments.of(90, "A"),
                Arguments.of(90L, "A"),
                Arguments.of(90.0d, "A"),
                Arguments.of(90.0f, "A"),
                Arguments.of(new BigDecimal("90"), "A"),
                Arguments.of(new BigDecimal("89.9"), "B"),
                Arguments.of(89.9f, "B"),
                Arguments.of(80, "B"),
                Arguments.of(79L, "C"),
                Arguments.of(new BigDecimal("60.00"), "C"),
                Arguments.of(new BigDecimal("59.9"), "D"),
                Arguments.of(59, "D"),
                Arguments.of(0, "D"));
    }

    @ParameterizedTest(name = "[{index}] score {0} -> {1}")
    @MethodSource("numberTypes")
    void acceptsAnyNumberType(Number score, String grade) {
        assertThat(output(DIAGNOSIS_GRADE, "grade", vars("score", score))).isEqualTo(grade);
    }
}
