package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.CREDIT_GRADE;
import static cn.safetygrading.grading.decision.Decisions.output;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code credit-grade}: d first, then a, then b, otherwise c (domain §4, seed 001).
 * Columns: commit = publicCommitment, dis1/dis3 = dishonestWithin1Year/3Years, fat1/fat3 =
 * fatalAccidentWithin1Year/3Years, joint = jointPunishment, larger = largerAccidentLastYear,
 * severe = severeViolation, std = standardizationLevel, fatalGen = fatalGeneralAccidentsWithin1Year.
 */
class CreditGradeDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            commit, dis1,  dis3,  fat1,  fat3,  joint, larger, severe, std, fatalGen, creditGrade
            # a: all five conditions; standardisation level 1 or 2
            true,   false, false, false, false, false, false,  false,  1,   0,        a
            true,   false, false, false, false, false, false,  false,  2,   0,        a
            true,   ,      ,      ,      ,      ,      ,       ,       1,   ,         a
            true,   ,      ,      ,      ,      ,      ,       ,       2,   ,         a
            # standardisation level 3 is not enough for a, but is for b; 0 (none), absent or out of range is c
            true,   false, false, false, false, false, false,  false,  3,   0,        b
            true,   ,      ,      ,      ,      ,      ,       ,       3,   ,         b
            true,   false, false, false, false, false, false,  false,  0,   0,        c
            true,   ,      ,      ,      ,      ,      ,       ,       ,    ,         c
            true,   false, false, false, false, false, false,  false,  4,   0,        c
            true,   false, false, false, false, false, false,  false,  -1,  0,        c
            # a dishonest act or a fatal accident 1 to 3 years ago: b, not a
            true,   false, true,  false, false, false, false,  false,  1,   0,        b
            true,   false, false, false, true,  false, false,  false,  1,   0,        b
            true,   false, true,  false, true,  false, false,  false,  2,   0,        b
            true,   ,      true,  ,      true,  ,      ,       ,       3,   ,         b
            # c: any of the seed's four c items, or no public commitment
            true,   true,  true,  false, false, false, false,  false,  1,   0,        c
            true,   false, false, true,  true,  false, false,  false,  1,   0,        c
            true,   false, false, false, false, true,  false,  false,  1,   0,        c
            false,  false, false, false, false, false, false,  false,  1,   0,        c
            ,       false, false, false, false, false, false,  false,  1,   0,        c
            ,       ,      ,      ,      ,      ,      ,       ,       ,    ,         c
            # a 1-year fact implies the 3-year fact even when the caller forgot to set it
            true,   true,  false, false, false, false, false,  false,  1,   0,        c
            true,   false, false, true,  false, false, false,  false,  1,   0,        c
            # fatal general liability accidents within 1 year: 1 is a fatal accident (c), 2 or more is d
            true,   false, false, false, false, false, false,  false,  1,   1,        c
            true,   false, false, true,  true,  false, false,  false,  1,   1,        c
            true,   false, false, true,  true,  false, false,  false,  1,   2,        d
            true,   false, false, false, false, false, false,  false,  1,   2,        d
            ,       ,      ,      ,      ,      ,      ,       ,       ,    3,        d
            # d: a larger-or-above liability accident last year, or a severe violation, beats everything
            true,   false, false, false, false, false, true,   false,  1,   0,        d
            true,   false, false, false, false, false, false,  true,   1,   0,        d
            ,       ,      ,      ,      ,      ,      true,   ,       ,    ,         d
            ,       ,      ,      ,      ,      ,      ,       true,   ,    ,         d
            false,  true,  true,  true,  true,  true,  true,   true,   0,   5,        d
            """)
    void grades(
            Boolean commit,
            Boolean dis1,
            Boolean dis3,
            Boolean fat1,
            Boolean fat3,
            Boolean joint,
            Boolean larger,
            Boolean severe,
            Integer std,
            Integer fatalGen,
            String creditGrade) {
        var variables = vars(
                "publicCommitment", commit,
                "dishonestWithin1Year", dis1,
                "dishonestWithin3Years", dis3,
                "fatalAccidentWithin1Year", fat1,
                "fatalAccidentWithin3Years", fat3,
                "jointPunishment", joint,
                "largerAccidentLastYear", larger,
                "severeViolation", severe,
                "standardizationLevel", std,
                "fatalGeneralAccidentsWithin1Year", fatalGen);

        assertThat(output(CREDIT_GRADE, "creditGrade", variables)).isEqualTo(creditGrade);
    }

    @ParameterizedTest(name = "[{index}] standardizationLevel {0} as {1}")
    @CsvSource({"2, Integer, a", "2, Long, a", "3, Long, b", "2, Short, a"})
    void acceptsIntegerTypes(int level, String type, String creditGrade) {
        Number value = switch (type) {
            case "Long" -> (long) level;
            case "Short" -> (short) level;
            default -> level;
        };
        var variables =
                vars("publicCommitment", true, "standardizationLevel", value, "fatalGeneralAccidentsWithin1Year", 0L);

        assertThat(output(CREDIT_GRADE, "creditGrade", variables)).isEqualTo(creditGrade);
    }
}
