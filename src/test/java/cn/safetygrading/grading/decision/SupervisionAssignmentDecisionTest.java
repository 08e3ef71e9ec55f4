package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.SUPERVISION_ASSIGNMENT;
import static cn.safetygrading.grading.decision.Decisions.output;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code supervision-assignment}: city-managed → CITY, county-managed → COUNTY, otherwise by risk
 * level (seed 004, domain §8). An empty gridLevel column means no result.
 */
class SupervisionAssignmentDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            managementLevel, riskLevel, gridLevel
            # city-managed: CITY whatever the risk
            CITY,     MAJOR,   CITY
            CITY,     LARGER,  CITY
            CITY,     GENERAL, CITY
            CITY,     LOW,     CITY
            CITY,     ,        CITY
            CITY,     UNKNOWN, CITY
            # county-managed: COUNTY whatever the risk
            COUNTY,   MAJOR,   COUNTY
            COUNTY,   LARGER,  COUNTY
            COUNTY,   GENERAL, COUNTY
            COUNTY,   LOW,     COUNTY
            COUNTY,   ,        COUNTY
            # local (属地): by risk level
            LOCAL,    MAJOR,   COUNTY
            LOCAL,    LARGER,  COUNTY
            LOCAL,    GENERAL, TOWNSHIP
            LOCAL,    LOW,     VILLAGE
            # management level absent, empty or another value counts as LOCAL
            ,         MAJOR,   COUNTY
            ,         LARGER,  COUNTY
            ,         GENERAL, TOWNSHIP
            ,         LOW,     VILLAGE
            '',       LOW,     VILLAGE
            PROVINCE, GENERAL, TOWNSHIP
            # risk level absent or empty counts as GENERAL
            LOCAL,    ,        TOWNSHIP
            LOCAL,    '',      TOWNSHIP
            ,         ,        TOWNSHIP
            # a risk level that is not a contract value gives no result for a local enterprise
            LOCAL,    UNKNOWN,
            LOCAL,    major,
            ,         HIGH,
            """)
    void assigns(String managementLevel, String riskLevel, String gridLevel) {
        var variables = vars("managementLevel", managementLevel, "riskLevel", riskLevel);

        assertThat(output(SUPERVISION_ASSIGNMENT, "gridLevel", variables)).isEqualTo(gridLevel);
    }
}
