package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.RISK_LEVEL;
import static cn.safetygrading.grading.decision.Decisions.output;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code risk-level}: MAJOR and LARGER criteria of Shandong order 331 (seed 004), which win over a
 * milder assessment; otherwise LOW when assessed LOW, else GENERAL (domain §3).
 */
class RiskLevelDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            seriousAccident, majorHazardSource, hazardousPlace, minorAccidents, workersAtOnce, assessedLevel, riskLevel
            # MAJOR criteria, each alone, also over a milder assessment
            true,  false, false, 0,  0,  ,        MAJOR
            true,  ,      ,      ,   ,   LOW,     MAJOR
            false, false, false, 3,  0,  ,        MAJOR
            ,      ,      ,      4,  ,   GENERAL, MAJOR
            false, true,  false, 0,  0,  ,        MAJOR
            ,      true,  ,      ,   ,   LOW,     MAJOR
            false, false, true,  0,  10, ,        MAJOR
            ,      ,      true,  ,   50, LARGER,  MAJOR
            false, false, false, 0,  0,  MAJOR,   MAJOR
            ,      ,      ,      ,   ,   MAJOR,   MAJOR
            # LARGER criteria, each alone, also over a milder assessment
            false, false, false, 1,  0,  ,        LARGER
            false, false, false, 2,  0,  ,        LARGER
            ,      ,      ,      2,  ,   LOW,     LARGER
            false, false, true,  0,  3,  ,        LARGER
            false, false, true,  0,  9,  ,        LARGER
            ,      ,      true,  ,   9,  GENERAL, LARGER
            false, false, false, 0,  0,  LARGER,  LARGER
            # boundaries: 2 vs 3 minor accidents, 9 vs 10 and 2 vs 3 workers at a hazardous place
            ,      ,      ,      2,  ,   ,        LARGER
            ,      ,      ,      3,  ,   ,        MAJOR
            ,      ,      true,  ,   9,  ,        LARGER
            ,      ,      true,  ,   10, ,        MAJOR
            ,      ,      true,  ,   2,  ,        GENERAL
            ,      ,      true,  ,   2,  LOW,     LOW
            ,      ,      true,  ,   0,  ,        GENERAL
            # many workers at a place without toxic/explosive/fire hazards is no criterion
            ,      ,      false, ,   50, ,        GENERAL
            ,      ,      ,      ,   10, LOW,     LOW
            # a harsher assessment wins over milder facts
            false, false, true,  1,  5,  MAJOR,   MAJOR
            # no criterion: LOW only when assessed LOW, otherwise GENERAL
            false, false, false, 0,  0,  LOW,     LOW
            ,      ,      ,      ,   ,   LOW,     LOW
            false, false, false, 0,  0,  GENERAL, GENERAL
            false, false, false, 0,  0,  ,        GENERAL
            ,      ,      ,      ,   ,   ,        GENERAL
            ,      ,      ,      ,   ,   '',      GENERAL
            ,      ,      ,      ,   ,   UNKNOWN, GENERAL
            ,      ,      ,      -1, -1, ,        GENERAL
            """)
    void levels(
            Boolean seriousAccident,
            Boolean majorHazardSource,
            Boolean hazardousPlace,
            Integer minorAccidents,
            Integer workersAtOnce,
            String assessedLevel,
            String riskLevel) {
        var variables = vars(
                "seriousAccident", seriousAccident,
                "majorHazardSource", majorHazardSource,
                "hazardousPlace", hazardousPlace,
                "minorAccidents", minorAccidents,
                "workersAtOnce", workersAtOnce,
                "assessedLevel", assessedLevel);

        assertThat(output(RISK_LEVEL, "riskLevel", variables)).isEqualTo(riskLevel);
    }
}
