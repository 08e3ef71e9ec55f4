package cn.safetygrading.grading.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.ChecklistSection;
import cn.safetygrading.grading.domain.Dimension;
import cn.safetygrading.grading.domain.IndustryClass;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.domain.SectionScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Score = earned ÷ applicable points × 100, one decimal, half up; MET full, PARTIAL half, NOT_MET
 * none, NOT_APPLICABLE out; veto items fail on NOT_MET or PARTIAL, mandatory items are missing on
 * NOT_MET. Mostly on the shipped general checklist (M01 mandatory 4 points, P02 mandatory 4, F02 3,
 * R07–R10 veto 0 points), whose numbers are easy to follow.
 */
class ChecklistScoringTest {

    private static final ChecklistService SERVICE = new ChecklistService();
    private static final Checklist GENERAL = SERVICE.find("general-2026").orElseThrow();
    private static final Checklist CHEMICALS =
            SERVICE.find("hazardous-chemicals-2026").orElseThrow();

    static Stream<Checklist> shipped() {
        return SERVICE.all().stream();
    }

    /** Every item answered the same way, mutable. */
    private static Map<String, String> all(Checklist checklist, String answer) {
        Map<String, String> answers = new LinkedHashMap<>();
        checklist.items().forEach(i -> answers.put(i.id(), answer));
        return answers;
    }

    private static Map<String, String> allMetExcept(Checklist checklist, String... idAnswerPairs) {
        Map<String, String> answers = all(checklist, "MET");
        for (int i = 0; i < idAnswerPairs.length; i += 2) {
            answers.put(idAnswerPairs[i], idAnswerPairs[i + 1]);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everythingMetScores100(Checklist checklist) {
        ScoreResult result = SERVICE.score(checklist, all(checklist, "MET"));

        assertThat(result.score()).isEqualByComparingTo("100.0");
        assertThat(result.score().scale()).isEqualTo(1);
        assertThat(result.earnedPoints()).isEqualByComparingTo("100");
        assertThat(result.applicablePoints()).isEqualTo(100);
        assertThat(result.vetoFailed()).isFalse();
        assertThat(result.mandatoryMissing()).isFalse();
        assertThat(result.failedVetoItems()).isEmpty();
        assertThat(result.missingMandatoryItems()).isEmpty();
        assertThat(result.answered()).isEqualTo(checklist.items().size());
        assertThat(result.total()).isEqualTo(checklist.items().size());
        assertThat(result.complete()).isTrue();
        assertThat(result.checklistId()).isEqualTo(checklist.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everythingNotMetScoresZeroAndFailsEveryVetoAndMandatoryItem(Checklist checklist) {
        ScoreResult result = SERVICE.score(checklist, all(checklist, "NOT_MET"));

        assertThat(result.score()).isEqualByComparingTo("0.0");
        assertThat(result.failedVetoItems())
                .containsExactlyElementsOf(checklist.items().stream()
                        .filter(ChecklistItem::veto)
                        .map(ChecklistItem::id)
                        .toList());
        assertThat(result.missingMandatoryItems())
                .containsExactlyElementsOf(checklist.items().stream()
                        .filter(ChecklistItem::mandatory)
                        .map(ChecklistItem::id)
                        .toList());
        assertThat(result.vetoFailed()).isTrue();
        assertThat(result.mandatoryMissing()).isTrue();
    }

    @Test
    void onePartialEarnsHalfTheItemsPoints() {
        ScoreResult even = SERVICE.score(GENERAL, allMetExcept(GENERAL, "M02", "PARTIAL")); // 4 points
        assertThat(even.score()).isEqualByComparingTo("98.0");
        assertThat(even.earnedPoints()).isEqualByComparingTo("98.0");

        ScoreResult odd = SERVICE.score(GENERAL, allMetExcept(GENERAL, "M03", "PARTIAL")); // 3 points
        assertThat(odd.score()).isEqualByComparingTo("98.5");
        assertThat(odd.earnedPoints()).isEqualByComparingTo("98.5");
        assertThat(odd.section(Dimension.MANAGEMENT).orElseThrow().earnedPoints())
                .isEqualByComparingTo("20.5");
        assertThat(odd.vetoFailed()).isFalse();
        assertThat(odd.mandatoryMissing()).isFalse();
    }

    @Test
    void notMetEarnsNothing() {
        ScoreResult result = SERVICE.score(GENERAL, allMetExcept(GENERAL, "R01", "NOT_MET")); // 5 points
        assertThat(result.score()).isEqualByComparingTo("95.0");
        assertThat(result.applicablePoints()).isEqualTo(100);
    }

    @Test
    void notApplicableItemsAreLeftOutAndTheirPointsRedistributed() {
        ScoreResult alone = SERVICE.score(GENERAL, allMetExcept(GENERAL, "F02", "NOT_APPLICABLE")); // 3 points
        assertThat(alone.score()).isEqualByComparingTo("100.0");
        assertThat(alone.applicablePoints()).isEqualTo(97);
        assertThat(alone.earnedPoints()).isEqualByComparingTo("97.0");
        assertThat(alone.answered()).isEqualTo(GENERAL.items().size());

        // 93 earned of 97 applicable = 95.876… → 95.9
        ScoreResult withLoss = SERVICE.score(GENERAL, allMetExcept(GENERAL, "F02", "NOT_APPLICABLE", "M02", "NOT_MET"));
        assertThat(withLoss.score()).isEqualByComparingTo("95.9");

        // 94.5 earned of 97 = 97.422… → 97.4
        ScoreResult withPartial =
                SERVICE.score(GENERAL, allMetExcept(GENERAL, "F02", "NOT_APPLICABLE", "R01", "PARTIAL"));
        assertThat(withPartial.score()).isEqualByComparingTo("97.4");

        SectionScore investment = withLoss.section(Dimension.INVESTMENT).orElseThrow();
        assertThat(investment.points()).isEqualTo(10);
        assertThat(investment.applicablePoints()).isEqualTo(7);
        assertThat(investment.earnedPoints()).isEqualByComparingTo("7.0");
        assertThat(investment.answered()).isEqualTo(3);
    }

    @Test
    void aVetoItemNotMetFailsTheVetoWithoutChangingTheScore() {
        ScoreResult result = SERVICE.score(GENERAL, allMetExcept(GENERAL, "R07", "NOT_MET"));

        assertThat(result.vetoFailed()).isTrue();
        assertThat(result.failedVetoItems()).containsExactly("R07");
        assertThat(result.mandatoryMissing()).isFalse();
        assertThat(result.score()).isEqualByComparingTo("100.0"); // veto-only items carry no points
    }

    @Test
    void aVetoItemPartlyMetFailsTheVetoToo() {
        ScoreResult result = SERVICE.score(GENERAL, allMetExcept(GENERAL, "R09", "PARTIAL", "R10", "PARTIAL"));

        assertThat(result.vetoFailed()).isTrue();
        assertThat(result.failedVetoItems()).containsExactly("R09", "R10");
    }

    @Test
    void aMandatoryItemNotMetIsMissingButPartlyMetIsNot() {
        ScoreResult missing = SERVICE.score(GENERAL, allMetExcept(GENERAL, "M01", "NOT_MET"));
        assertThat(missing.mandatoryMissing()).isTrue();
        assertThat(missing.missingMandatoryItems()).containsExactly("M01");
        assertThat(missing.vetoFailed()).isFalse();
        assertThat(missing.score()).isEqualByComparingTo("96.0");

        ScoreResult partial = SERVICE.score(GENERAL, allMetExcept(GENERAL, "M01", "PARTIAL"));
        assertThat(partial.mandatoryMissing()).isFalse();
        assertThat(partial.missingMandatoryItems()).isEmpty();
        assertThat(partial.score()).isEqualByComparingTo("98.0");
    }

    @Test
    void anItemThatIsBothMandatoryAndVetoSetsBothFlags() {
        // hazardous chemicals P01: certificates of the principal (必备项) and criterion item 1 (否决项), 4 points
        ScoreResult notMet = SERVICE.score(CHEMICALS, allMetExcept(CHEMICALS, "P01", "NOT_MET"));
        assertThat(notMet.vetoFailed()).isTrue();
        assertThat(notMet.mandatoryMissing()).isTrue();
        assertThat(notMet.failedVetoItems()).containsExactly("P01");
        assertThat(notMet.missingMandatoryItems()).containsExactly("P01");
        assertThat(notMet.score()).isEqualByComparingTo("96.0");

        ScoreResult partial = SERVICE.score(CHEMICALS, allMetExcept(CHEMICALS, "P01", "PARTIAL"));
        assertThat(partial.vetoFailed()).isTrue();
        assertThat(partial.mandatoryMissing()).isFalse();
        assertThat(partial.score()).isEqualByComparingTo("98.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"M01", "P02", "R07"}) // mandatory, mandatory, veto
    void mandatoryAndVetoItemsCannotBeNotApplicable(String itemId) {
        assertThatThrownBy(() -> SERVICE.score(GENERAL, allMetExcept(GENERAL, itemId, "NOT_APPLICABLE")))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidAnswersException.Problem.NOT_APPLICABLE_FORBIDDEN);
                    assertThat(e.itemIds()).containsExactly(itemId);
                    assertThat(e.messageKey()).isEqualTo("checklist.error.NOT_APPLICABLE_FORBIDDEN");
                    assertThat(e.checklistId()).isEqualTo("general-2026");
                })
                .hasMessageContaining(itemId)
                .hasMessageContaining("general-2026");
        Map<String, String> draft = Map.of(itemId, "NOT_APPLICABLE");
        assertThatThrownBy(() -> SERVICE.preview(GENERAL, draft)).isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void unknownItemsAreRejectedByName() {
        Map<String, String> answers = allMetExcept(GENERAL, "X99", "MET", "M99", "NOT_MET");

        assertThatThrownBy(() -> SERVICE.score(GENERAL, answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidAnswersException.Problem.UNKNOWN_ITEM);
                    assertThat(e.itemIds()).containsExactly("M99", "X99");
                })
                .hasMessageContaining("M99")
                .hasMessageContaining("X99");
        assertThatThrownBy(() -> SERVICE.preview(GENERAL, Map.of("X99", "MET")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X99");
        // an item of another checklist is unknown here
        assertThatThrownBy(() -> SERVICE.preview(GENERAL, Map.of("E09", "MET")))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("E09");
    }

    @ParameterizedTest
    @ValueSource(strings = {"met", "YES", "符合", "N/A", "NOT MET", " MET"})
    void unknownAnswersAreRejectedNamingTheItem(String value) {
        assertThatThrownBy(() -> SERVICE.score(GENERAL, allMetExcept(GENERAL, "E02", value)))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidAnswersException.Problem.UNKNOWN_ANSWER);
                    assertThat(e.itemIds()).containsExactly("E02");
                })
                .hasMessageContaining("E02")
                .hasMessageContaining(value);
        assertThatThrownBy(() -> SERVICE.preview(GENERAL, Map.of("E02", value)))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("E02");
    }

    @Test
    void aSubmissionWithUnansweredItemsIsRejectedListingThem() {
        Map<String, String> answers = all(GENERAL, "MET");
        answers.remove("P04");
        answers.remove("D03");
        answers.put("R02", ""); // blank is not an answer
        answers.put("E05", null); // neither is null

        assertThatThrownBy(() -> SERVICE.score(GENERAL, answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InvalidAnswersException.Problem.MISSING_ANSWERS);
                    assertThat(e.itemIds()).containsExactly("P04", "R02", "E05", "D03"); // checklist order
                })
                .hasMessageContaining("P04, R02, E05, D03");
        assertThatThrownBy(() -> SERVICE.score(GENERAL, Map.of())).isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> SERVICE.score(GENERAL, null)).isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void aDraftPreviewIgnoresUnansweredItems() {
        ScoreResult nothing = SERVICE.preview(GENERAL, Map.of());
        assertThat(nothing.score()).isEqualByComparingTo("0.0");
        assertThat(nothing.applicablePoints()).isZero();
        assertThat(nothing.answered()).isZero();
        assertThat(nothing.total()).isEqualTo(GENERAL.items().size());
        assertThat(nothing.complete()).isFalse();
        assertThat(nothing.vetoFailed()).isFalse();
        assertThat(nothing.mandatoryMissing()).isFalse();

        ScoreResult one = SERVICE.preview(GENERAL, Map.of("M02", "MET"));
        assertThat(one.score()).isEqualByComparingTo("100.0");
        assertThat(one.applicablePoints()).isEqualTo(4);
        assertThat(one.answered()).isEqualTo(1);

        Map<String, String> draft = new HashMap<>();
        draft.put("M02", "MET"); // 4 of 4
        draft.put("M03", "PARTIAL"); // 1.5 of 3
        draft.put("F02", "NOT_APPLICABLE");
        draft.put("R07", "NOT_MET"); // veto, 0 points
        draft.put("M01", "NOT_MET"); // mandatory, 0 of 4
        draft.put("P05", ""); // not answered yet
        draft.put("D01", null); // not answered yet
        ScoreResult some = SERVICE.preview(GENERAL, draft);
        // 5.5 earned of 11 applicable = 50.0
        assertThat(some.score()).isEqualByComparingTo("50.0");
        assertThat(some.earnedPoints()).isEqualByComparingTo("5.5");
        assertThat(some.applicablePoints()).isEqualTo(11);
        assertThat(some.answered()).isEqualTo(5);
        assertThat(some.failedVetoItems()).containsExactly("R07");
        assertThat(some.missingMandatoryItems()).containsExactly("M01");
        assertThat(some.section(Dimension.MANAGEMENT).orElseThrow().answered()).isEqualTo(3);
        assertThat(some.section(Dimension.MANAGEMENT).orElseThrow().applicablePoints())
                .isEqualTo(11);
        assertThat(some.section(Dimension.INVESTMENT).orElseThrow().applicablePoints())
                .isZero();
        assertThat(some.section(Dimension.INVESTMENT).orElseThrow().answered()).isEqualTo(1);
        assertThat(some.section(Dimension.INFORMATISATION).orElseThrow().answered())
                .isZero();
    }

    @Test
    void sectionSubtotalsAddUpToTheTotals() {
        Map<String, String> answers = all(GENERAL, "PARTIAL");
        answers.put("F02", "NOT_APPLICABLE");
        answers.put("E01", "NOT_MET");
        ScoreResult result = SERVICE.score(GENERAL, answers);

        assertThat(result.sections())
                .extracting(SectionScore::dimension)
                .containsExactly(GENERAL.sections().stream()
                        .map(ChecklistSection::dimension)
                        .toArray(Dimension[]::new));
        assertThat(result.sections().stream().map(SectionScore::earnedPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(result.earnedPoints());
        assertThat(result.sections().stream()
                        .mapToInt(SectionScore::applicablePoints)
                        .sum())
                .isEqualTo(result.applicablePoints());
        assertThat(result.sections().stream().mapToInt(SectionScore::answered).sum())
                .isEqualTo(result.answered());
        assertThat(result.sections().stream().mapToInt(SectionScore::total).sum())
                .isEqualTo(result.total());
        assertThat(result.sections().stream().mapToInt(SectionScore::points).sum())
                .isEqualTo(100);
        // (100 − 3 − 5) / 2 = 46 earned of 97 applicable = 47.422… → 47.4
        assertThat(result.earnedPoints()).isEqualByComparingTo("46.0");
        assertThat(result.score()).isEqualByComparingTo("47.4");
    }

    /** A made-up checklist (the scorer does not need the 100 points, the loader does), for rounding. */
    private static Checklist tiny(int... points) {
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            items.add(new ChecklistItem("T" + (i + 1), "条款" + (i + 1), points[i], "方法", false, false, null));
        }
        int sum = Arrays.stream(points).sum();
        return new Checklist(
                "tiny-2026",
                IndustryClass.GENERAL,
                2026,
                "测试",
                List.of(new ChecklistSection(Dimension.MANAGEMENT, "安全生产管理", sum, items)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // answers of items of 1, 39 points;  earned / applicable × 100
        "PARTIAL NOT_MET,        1.3", // 0.5 / 40 = 1.25 → 1.3 (half up; half even would give 1.2)
        "NOT_MET PARTIAL,       48.8", // 19.5 / 40 = 48.75 → 48.8
        "MET NOT_MET,            2.5",
        "MET NOT_APPLICABLE,   100.0",
        "NOT_MET NOT_APPLICABLE, 0.0",
        "NOT_APPLICABLE PARTIAL, 50.0",
        "NOT_APPLICABLE NOT_APPLICABLE, 0.0", // nothing applicable: 0.0
    })
    void scoresAreRoundedHalfUpToOneDecimal(String answers, String expected) {
        Checklist c = tiny(1, 39);
        String[] a = answers.split(" ");
        ScoreResult result = SERVICE.score(c, Map.of("T1", a[0], "T2", a[1]));
        assertThat(result.score()).isEqualByComparingTo(expected);
        assertThat(result.score().scale()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MET NOT_MET NOT_MET, 33.3", // 1/3
        "MET MET NOT_MET,     66.7", // 2/3
        "PARTIAL MET MET,     83.3", // 2.5/3
    })
    void repeatingDecimalsAreRounded(String answers, String expected) {
        Checklist c = tiny(1, 1, 1);
        String[] a = answers.split(" ");
        assertThat(SERVICE.score(c, Map.of("T1", a[0], "T2", a[1], "T3", a[2])).score())
                .isEqualByComparingTo(expected);
    }
}
