package cn.safetygrading.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.i18n.Translations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A decision is explained in words from the rule that fired and its inputs, never as engine names. */
class DecisionExplanationTest {

    private final Translations bundles = new Translations();

    private String words(DecisionExplanation d, Locale locale) {
        return d.sentences().stream()
                .map(s -> bundles.getTranslation(s.key(), locale, s.args()))
                .collect(Collectors.joining());
    }

    private static DecisionExplanation diagnosis(double score, List<String> rules, List<String> vetoItems) {
        return new DecisionExplanation(
                "diagnosis-grade",
                "诊断定级（A/B/C/D级）",
                null,
                Map.of(DecisionExplanation.SCORE_INPUT, score, "Input_VetoFailed", !vetoItems.isEmpty()),
                Map.of("grade", "D"),
                rules,
                vetoItems);
    }

    @Test
    void aFailedVetoNamesTheItems() {
        String text = words(diagnosis(88.0, List.of("Rule_D_VetoFailed"), List.of("R06", "E08")), Translations.CHINESE);
        assertThat(text).isEqualTo("否决项 R06、E08 不合格，依规定定为 D 级。");
        assertThat(text).doesNotContain("Rule_", "grade=", "[");
    }

    @Test
    void aScoreBandSaysTheScoreAndTheGrade() {
        var d = new DecisionExplanation(
                "diagnosis-grade",
                null,
                null,
                Map.of(DecisionExplanation.SCORE_INPUT, 83.0),
                Map.of("grade", "B"),
                List.of("Rule_B_Score80To90"),
                List.of());
        assertThat(words(d, Translations.CHINESE)).isEqualTo("诊断得分 83 分，在 80 分至 90 分之间，建议定为 B 级。");
        assertThat(words(d, Translations.ENGLISH)).contains("83").contains("grade B");
    }

    @Test
    void severalRulesAndUnknownItemsStillReadAsSentences() {
        String text = words(
                diagnosis(40.5, List.of("Rule_D_VetoFailed", "Rule_D_GeneralAccident"), List.of()),
                Translations.CHINESE);
        assertThat(text).isEqualTo("否决项不合格，依规定定为 D 级。发生一般及以上生产安全事故，依规定直接定为 D 级。");
    }

    @Test
    void theSpotCheckReasonIsWordsNotRandom() {
        var d = new DecisionExplanation(
                "spot-check-required",
                null,
                null,
                Map.of(),
                Map.of("sampleReason", "RANDOM"),
                List.of("Rule_RandomlyDrawn"),
                List.of());
        assertThat(words(d, Translations.CHINESE)).isEqualTo("按抽查比例随机抽中，须抽查核定。");
        var none = new DecisionExplanation("spot-check-required", null, null, Map.of(), Map.of(), List.of(), List.of());
        assertThat(words(none, Translations.CHINESE)).doesNotStartWith("!");
    }
}
