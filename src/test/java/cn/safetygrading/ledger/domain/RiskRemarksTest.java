package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 备注 ↔ risk features: what the ledger writes it reads back, and the usual wordings of real files. */
class RiskRemarksTest {

    @Test
    void everyCombinationOfFeaturesSurvivesTheRoundTrip() {
        for (int mask = 0; mask < 1 << RiskFeature.values().length; mask++) {
            Set<RiskFeature> features = RiskFeature.fromMask(mask);
            assertThat(RiskFeature.mask(features)).isEqualTo(mask);
            assertThat(RiskRemarks.parse(RiskRemarks.format(features)))
                    .as("mask %d", mask)
                    .isEqualTo(features);
        }
    }

    @Test
    void theSeedsNoteNineListReadsAsAllTwelveFeatures() {
        // [000] annex, note 9, verbatim
        String note = "矿山，金属冶炼，交通运输，建筑施工，粉尘涉爆，涉氨制冷，危险物品的生产、经营、储存、装卸，使用危险物品，" + "“两高”项目，停产限产，检维修，高处作业，动火，有限空间，风险点较多";
        assertThat(RiskRemarks.parse(note)).isEqualTo(EnumSet.allOf(RiskFeature.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "液氨制冷车间                 | AMMONIA_REFRIGERATION",
                "危化品经营（带储存）          | HAZARDOUS_GOODS",
                "使用危险化学品               | HAZARDOUS_CHEMICAL_USE",
                "有限空间作业、动火作业        | HEAVY_DANGEROUS_WORK",
                "非煤矿山                     | MINING",
                "两高项目                     | TWO_HIGH",
                "粉尘涉爆（铝镁粉尘）          | DUST_EXPLOSION",
                "危险货物道路运输              | TRANSPORT",
            })
    void commonWordingsAreRecognised(String remark, RiskFeature expected) {
        assertThat(RiskRemarks.parse(remark)).containsExactly(expected);
    }

    @Test
    void plainNotesNameNoFeature() {
        assertThat(RiskRemarks.parse(null)).isEmpty();
        assertThat(RiskRemarks.parse("")).isEmpty();
        assertThat(RiskRemarks.parse("食品加工，员工20人")).isEmpty();
    }

    @Test
    void theRemarkListsFeaturesInTheSeedsOrder() {
        assertThat(RiskRemarks.format(EnumSet.of(RiskFeature.MANY_RISK_POINTS, RiskFeature.MINING)))
                .isEqualTo("矿山；风险点较多");
        assertThat(RiskRemarks.format(Set.of())).isEmpty();
    }
}
