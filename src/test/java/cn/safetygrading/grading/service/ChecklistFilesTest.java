package cn.safetygrading.grading.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.ChecklistSection;
import cn.safetygrading.grading.domain.Dimension;
import cn.safetygrading.grading.domain.IndustryClass;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped checklists are valid and follow the house style; a wrong file stops the start, naming itself. */
class ChecklistFilesTest {

    private static final ChecklistService SERVICE = new ChecklistService();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Dimension, String> PREFIX = Map.of(
            Dimension.MANAGEMENT,
            "M",
            Dimension.WORKFORCE,
            "P",
            Dimension.RISK_AND_HAZARDS,
            "R",
            Dimension.INVESTMENT,
            "F",
            Dimension.PROCESS_AND_EQUIPMENT,
            "E",
            Dimension.INFORMATISATION,
            "D");

    @TempDir
    Path dir;

    static Stream<Checklist> shipped() {
        return SERVICE.all().stream();
    }

    @Test
    void oneChecklistPerIndustryClassShips() {
        assertThat(SERVICE.all())
                .extracting(Checklist::id)
                .containsExactlyInAnyOrder(
                        "general-2026",
                        "non-coal-mine-2026",
                        "hazardous-chemicals-2026",
                        "fireworks-2026",
                        "industry-trade-2026");
        assertThat(SERVICE.all())
                .extracting(Checklist::industryClass)
                .containsExactlyInAnyOrder(IndustryClass.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void shippedChecklistsAreValid(Checklist c) {
        assertThat(ChecklistFiles.problems(c, c.id() + ".json")).isEmpty();
        assertThat(c.totalPoints()).isEqualTo(100);
        assertThat(c.year()).isEqualTo(2026);
        assertThat(c.name()).contains("2026");
        assertThat(c.sections()).extracting(ChecklistSection::dimension).containsExactly(Dimension.values());
        assertThat(c.sections()).allSatisfy(s -> {
            assertThat(s.name()).isEqualTo(s.dimension().chineseName());
            assertThat(s.items()).isNotEmpty();
            assertThat(s.items().stream().mapToInt(ChecklistItem::points).sum()).isEqualTo(s.points());
        });
        assertThat(c.items()).hasSizeBetween(20, 35);
        assertThat(c.items()).extracting(ChecklistItem::id).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void shippedChecklistsFollowTheHouseStyle(Checklist c) {
        for (ChecklistSection s : c.sections()) {
            // ids: section letter + two digits, numbered from 01 without gaps
            for (int i = 0; i < s.items().size(); i++) {
                assertThat(s.items().get(i).id()).isEqualTo(PREFIX.get(s.dimension()) + String.format("%02d", i + 1));
            }
        }
        assertThat(c.items()).filteredOn(ChecklistItem::mandatory).isNotEmpty();
        assertThat(c.items()).filteredOn(ChecklistItem::veto).hasSizeGreaterThanOrEqualTo(3);
        assertThat(c.items()).allSatisfy(item -> {
            assertThat(item.method()).as(item.id()).contains("符合：").contains("不符合：");
            assertThat(item.text()).as(item.id()).doesNotEndWith("。");
        });
        // veto items: phrased as "no unrectified major hazard …", citing the criterion; veto-only ones gate, not score
        assertThat(c.items()).filteredOn(i -> i.veto() && !i.mandatory()).allSatisfy(item -> {
            assertThat(item.text()).as(item.id()).startsWith("无未整改的");
            assertThat(item.points()).as(item.id()).isZero();
            assertThat(item.basis()).as(item.id()).isNotBlank();
            assertThat(item.method()).as(item.id()).doesNotContain("部分符合");
        });
        assertThat(c.items())
                .filteredOn(ChecklistItem::mandatory)
                .allSatisfy(item -> assertThat(item.points()).as(item.id()).isPositive());
    }

    @Test
    void vetoItemsCiteTheIndustrysNationalCriterion() {
        Map<String, String> criterion = Map.of(
                "non-coal-mine-2026", "金属非金属矿山重大事故隐患判定标准",
                "hazardous-chemicals-2026", "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准",
                "fireworks-2026", "烟花爆竹生产经营单位重大生产安全事故隐患判定标准",
                "industry-trade-2026", "工贸企业重大事故隐患判定标准");
        criterion.forEach((id, title) -> assertThat(
                        SERVICE.find(id).orElseThrow().items())
                .filteredOn(ChecklistItem::veto)
                .allSatisfy(i -> assertThat(i.basis()).as(id + " " + i.id()).contains(title)));
    }

    @Test
    void industriesRequireTheirLicences() {
        assertThat(mandatoryTexts("non-coal-mine-2026")).contains("安全生产许可证").contains("特种作业操作证");
        assertThat(mandatoryTexts("hazardous-chemicals-2026"))
                .contains("危险化学品安全生产许可证")
                .contains("危险化学品经营许可证");
        assertThat(mandatoryTexts("fireworks-2026")).contains("烟花爆竹安全生产许可证").contains("烟花爆竹经营");
        assertThat(mandatoryTexts("industry-trade-2026")).contains("特种作业操作证");
        assertThat(mandatoryTexts("general-2026")).contains("特种作业操作证");
    }

    private static String mandatoryTexts(String id) {
        return SERVICE.find(id).orElseThrow().items().stream()
                .filter(ChecklistItem::mandatory)
                .map(ChecklistItem::text)
                .collect(Collectors.joining("|"));
    }

    // ---- broken files ----

    /** The shipped general checklist as editable JSON. */
    private static ObjectNode general() throws IOException {
        try (InputStream in = ChecklistFilesTest.class.getResourceAsStream("/checklists/general-2026.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ObjectNode section(ObjectNode checklist, int index) {
        return (ObjectNode) checklist.withArray("sections").get(index);
    }

    private static ObjectNode item(ObjectNode checklist, int section, int index) {
        return (ObjectNode) section(checklist, section).withArray("items").get(index);
    }

    private void write(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    }

    private void write(String file, ObjectNode checklist) throws IOException {
        write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(checklist));
    }

    private ChecklistService load() {
        return new ChecklistService("file:" + dir.toAbsolutePath() + "/*.json");
    }

    private void refusedWith(Consumer<ObjectNode> change, String... messageParts) throws IOException {
        ObjectNode checklist = general();
        change.accept(checklist);
        write("general-2026.json", checklist);
        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("general-2026.json")
                .hasMessageContainingAll(messageParts);
    }

    @Test
    void aValidCopyLoads() throws IOException {
        write("general-2026.json", general());
        assertThat(load().all()).extracting(Checklist::id).containsExactly("general-2026");
    }

    @Test
    void malformedJsonIsRefusedNamingTheFile() throws IOException {
        write("general-2026.json", general().toString().substring(0, 300));
        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("general-2026.json")
                .hasMessageContaining("line");
    }

    @Test
    void pointsNotAddingUpTo100AreRefused() throws IOException {
        refusedWith(
                c -> {
                    item(c, 0, 1).put("points", 3);
                    section(c, 0).put("points", 21);
                },
                "add up to 99 points, not 100");
    }

    @Test
    void aSectionWhosePointsDisagreeWithItsItemsIsRefused() throws IOException {
        refusedWith(c -> section(c, 3).put("points", 11), "section INVESTMENT: points 11 but its items add up to 10");
    }

    @Test
    void duplicateItemIdsAreRefused() throws IOException {
        refusedWith(c -> item(c, 5, 2).put("id", "M01"), "item id M01 is used twice");
    }

    @Test
    void aMissingSectionIsRefused() throws IOException {
        refusedWith(c -> c.withArray("sections").remove(5), "section INFORMATISATION (信息化智能化建设) is missing");
    }

    @Test
    void aSectionWithoutItemsIsRefused() throws IOException {
        refusedWith(
                c -> {
                    section(c, 5).withArray("items").removeAll();
                    section(c, 5).put("points", 0);
                    section(c, 0).put("points", 30);
                    item(c, 0, 1).put("points", 12);
                },
                "section INFORMATISATION: has no items");
    }

    @Test
    void aDuplicatedSectionIsRefused() throws IOException {
        refusedWith(
                c -> {
                    ObjectNode copy = section(c, 5).deepCopy();
                    section(c, 4).removeAll().setAll(copy);
                },
                "section INFORMATISATION appears 2 times",
                "PROCESS_AND_EQUIPMENT");
    }

    @Test
    void aWrongSectionNameIsRefused() throws IOException {
        refusedWith(c -> section(c, 0).put("name", "安全管理"), "name '安全管理' should be '安全生产管理'");
    }

    @Test
    void aMisspelledFieldIsRefused() throws IOException {
        refusedWith(
                c -> {
                    item(c, 0, 0).remove("mandatory");
                    item(c, 0, 0).put("mandantory", true);
                },
                "mandantory");
    }

    @Test
    void anUnknownDimensionOrIndustryClassIsRefused() throws IOException {
        refusedWith(c -> section(c, 0).put("dimension", "SAFETY"), "SAFETY");
        refusedWith(c -> c.put("industryClass", "MINING"), "MINING");
    }

    @Test
    void fractionalOrQuotedPointsAreRefused() throws IOException {
        refusedWith(c -> item(c, 0, 1).put("points", 2.5), "points");
        refusedWith(c -> item(c, 0, 1).put("points", "4"), "points");
    }

    @Test
    void aVetoItemWithoutItsBasisIsRefused() throws IOException {
        refusedWith(c -> item(c, 2, 6).remove("basis"), "item R07: a veto item must cite its basis");
    }

    @Test
    void anOrdinaryItemWithoutPointsIsRefused() throws IOException {
        refusedWith(
                c -> {
                    item(c, 0, 1).put("points", 0);
                    item(c, 0, 2).put("points", 7);
                },
                "item M02: only a veto item may carry 0 points");
    }

    @Test
    void badItemIdsTextsAndMethodsAreRefused() throws IOException {
        refusedWith(c -> item(c, 1, 0).put("id", "p-1"), "item id 'p-1'");
        refusedWith(c -> item(c, 1, 0).put("text", " "), "item P01: text is missing");
        refusedWith(c -> item(c, 1, 0).remove("method"), "item P01: method is missing");
    }

    @Test
    void theIdMustBeTheFileNameAndEndWithTheYear() throws IOException {
        refusedWith(c -> c.put("id", "general-2027"), "id 'general-2027' does not match the file name");
        refusedWith(c -> c.put("year", 2027), "does not end with its year (-2027)");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws IOException {
        refusedWith(
                c -> {
                    c.remove("name");
                    item(c, 5, 2).put("id", "D01");
                    section(c, 3).put("points", 11);
                },
                "name is missing",
                "item id D01 is used twice",
                "points 11 but its items add up to 10");
    }

    @Test
    void twoChecklistsForOneClassAndYearAreRefused() throws IOException {
        write("general-2026.json", general());
        ObjectNode twin = general().put("id", "general-b-2026");
        write("general-b-2026.json", twin);
        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a second checklist for GENERAL 2026");
    }

    @Test
    void aGeneralChecklistIsRequired() throws IOException {
        ObjectNode trade = general().put("id", "industry-trade-2026").put("industryClass", "INDUSTRY_TRADE");
        write("industry-trade-2026.json", trade);
        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no GENERAL checklist");
    }

    @Test
    void noFilesAtAllIsRefused() {
        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no checklist files");
    }

    @Test
    void aBrokenFileNamesItselfAmongGoodOnes() throws IOException {
        write("general-2026.json", general());
        ObjectNode trade = general().put("id", "industry-trade-2026").put("industryClass", "INDUSTRY_TRADE");
        ((ArrayNode) section(trade, 2).withArray("items")).remove(0);
        write("industry-trade-2026.json", trade);
        assertThatThrownBy(this::load)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("industry-trade-2026.json")
                .hasMessageContaining("add up to 95 points")
                .hasMessageNotContaining("general-2026.json");
    }

    @Test
    void shippedFilesStartWithTheirIdAndEndWithANewline() throws IOException {
        Set<String> seen = new HashSet<>();
        for (Checklist c : SERVICE.all()) {
            try (InputStream in = ChecklistFilesTest.class.getResourceAsStream("/checklists/" + c.id() + ".json")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text)
                        .as(c.id())
                        .startsWith("{\n  \"id\": \"" + c.id() + "\",")
                        .endsWith("}\n");
                seen.add(c.id());
            }
        }
        assertThat(seen).hasSize(5);
    }
}
