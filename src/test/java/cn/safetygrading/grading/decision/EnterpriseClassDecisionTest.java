package cn.safetygrading.grading.decision;

import static cn.safetygrading.grading.decision.Decisions.ENTERPRISE_CLASS;
import static cn.safetygrading.grading.decision.Decisions.output;
import static cn.safetygrading.grading.decision.Decisions.vars;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code enterprise-class}: any high-risk feature makes class I, otherwise II (domain §3, seed 000). */
class EnterpriseClassDecisionTest {

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            mining, metalSmelting, transport, construction, dustExplosion, ammoniaRefrigeration, hazardousGoods, hazardousChemicalUse, twoHigh, productionRestricted, heavyDangerousWork, manyRiskPoints, enterpriseClass
            # each feature alone, the others false
            true,  false, false, false, false, false, false, false, false, false, false, false, I
            false, true,  false, false, false, false, false, false, false, false, false, false, I
            false, false, true,  false, false, false, false, false, false, false, false, false, I
            false, false, false, true,  false, false, false, false, false, false, false, false, I
            false, false, false, false, true,  false, false, false, false, false, false, false, I
            false, false, false, false, false, true,  false, false, false, false, false, false, I
            false, false, false, false, false, false, true,  false, false, false, false, false, I
            false, false, false, false, false, false, false, true,  false, false, false, false, I
            false, false, false, false, false, false, false, false, true,  false, false, false, I
            false, false, false, false, false, false, false, false, false, true,  false, false, I
            false, false, false, false, false, false, false, false, false, false, true,  false, I
            false, false, false, false, false, false, false, false, false, false, false, true,  I
            # each feature alone, the others absent
            true,  ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      I
            ,      true,  ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      I
            ,      ,      true,  ,      ,      ,      ,      ,      ,      ,      ,      ,      I
            ,      ,      ,      true,  ,      ,      ,      ,      ,      ,      ,      ,      I
            ,      ,      ,      ,      true,  ,      ,      ,      ,      ,      ,      ,      I
            ,      ,      ,      ,      ,      true,  ,      ,      ,      ,      ,      ,      I
            ,      ,      ,      ,      ,      ,      true,  ,      ,      ,      ,      ,      I
            ,      ,      ,      ,      ,      ,      ,      true,  ,      ,      ,      ,      I
            ,      ,      ,      ,      ,      ,      ,      ,      true,  ,      ,      ,      I
            ,      ,      ,      ,      ,      ,      ,      ,      ,      true,  ,      ,      I
            ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      true,  ,      I
            ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      true,  I
            # several features at once: rules overlap and agree (hit policy ANY)
            true,  true,  false, false, false, false, false, false, false, false, false, false, I
            false, false, false, false, true,  false, true,  true,  false, false, false, true,  I
            true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  true,  I
            # no feature: class II, whether the booleans are false, absent or mixed
            false, false, false, false, false, false, false, false, false, false, false, false, II
            ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      ,      II
            false, ,      false, ,      false, ,      false, ,      false, ,      false, ,      II
            """)
    void classifies(
            Boolean mining,
            Boolean metalSmelting,
            Boolean transport,
            Boolean construction,
            Boolean dustExplosion,
            Boolean ammoniaRefrigeration,
            Boolean hazardousGoods,
            Boolean hazardousChemicalUse,
            Boolean twoHigh,
            Boolean productionRestricted,
            Boolean heavyDangerousWork,
            Boolean manyRiskPoints,
            String enterpriseClass) {
        var variables = vars(
                "mining", mining,
                "metalSmelting", metalSmelting,
                "transport", transport,
                "construction", construction,
                "dustExplosion", dustExplosion,
                "ammoniaRefrigeration", ammoniaRefrigeration,
                "hazardousGoods", hazardousGoods,
                "hazardousChemicalUse", hazardousChemicalUse,
                "twoHigh", twoHigh,
                "productionRestricted", productionRestricted,
                "heavyDangerousWork", heavyDangerousWork,
                "manyRiskPoints", manyRiskPoints);

        assertThat(output(ENTERPRISE_CLASS, "enterpriseClass", variables)).isEqualTo(enterpriseClass);
    }
}
