package cn.safetygrading.grading.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.IndustryClass;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding checklists by id, by class and year (latest of that year or before, else GENERAL), and by industry. */
class ChecklistServiceTest {

    private static final ChecklistService SERVICE = new ChecklistService();

    @Test
    void findsAChecklistById() {
        assertThat(SERVICE.find("fireworks-2026"))
                .get()
                .extracting(Checklist::industryClass)
                .isEqualTo(IndustryClass.FIREWORKS);
        assertThat(SERVICE.find("fireworks-2025")).isEmpty();
        assertThat(SERVICE.find(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "GENERAL,             2026, general-2026",
        "NON_COAL_MINE,       2026, non-coal-mine-2026",
        "HAZARDOUS_CHEMICALS, 2026, hazardous-chemicals-2026",
        "FIREWORKS,           2026, fireworks-2026",
        "INDUSTRY_TRADE,      2026, industry-trade-2026",
        "INDUSTRY_TRADE,      2031, industry-trade-2026", // no newer version yet: the 2026 one stays current
    })
    void theCurrentChecklistOfEachClass(String industryClass, int year, String id) {
        assertThat(SERVICE.current(industryClass, year).id()).isEqualTo(id);
        assertThat(SERVICE.current(IndustryClass.parse(industryClass), year).id())
                .isEqualTo(id);
    }

    @Test
    void anUnknownClassOrAYearBeforeEveryChecklistIsRejected() {
        assertThatThrownBy(() -> SERVICE.current("MINING", 2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MINING");
        assertThatThrownBy(() -> SERVICE.current("general", 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SERVICE.current("FIREWORKS", 2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025");
    }

    @Test
    void theLatestVersionOfThatYearOrBeforeIsCurrentElseTheGeneralOne(@TempDir Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode general;
        try (InputStream in = getClass().getResourceAsStream("/checklists/general-2026.json")) {
            general = (ObjectNode) json.readTree(in);
        }
        write(json, dir, general.deepCopy().put("id", "general-2025").put("year", 2025));
        write(json, dir, general.deepCopy().put("id", "general-2027").put("year", 2027));
        write(
                json,
                dir,
                general.deepCopy()
                        .put("id", "industry-trade-2026")
                        .put("year", 2026)
                        .put("industryClass", "INDUSTRY_TRADE"));
        write(
                json,
                dir,
                general.deepCopy()
                        .put("id", "industry-trade-2028")
                        .put("year", 2028)
                        .put("industryClass", "INDUSTRY_TRADE"));
        ChecklistService service = new ChecklistService("file:" + dir.toAbsolutePath() + "/*.json");

        assertThat(service.current("GENERAL", 2025).id()).isEqualTo("general-2025");
        assertThat(service.current("GENERAL", 2026).id()).isEqualTo("general-2025");
        assertThat(service.current("GENERAL", 2027).id()).isEqualTo("general-2027");
        assertThat(service.current("INDUSTRY_TRADE", 2025).id()).isEqualTo("general-2025"); // no trade list yet
        assertThat(service.current("INDUSTRY_TRADE", 2027).id()).isEqualTo("industry-trade-2026");
        assertThat(service.current("INDUSTRY_TRADE", 2030).id()).isEqualTo("industry-trade-2028");
        assertThat(service.current("FIREWORKS", 2030).id()).isEqualTo("general-2027"); // no fireworks list at all
        assertThatThrownBy(() -> service.current("FIREWORKS", 2024)).isInstanceOf(IllegalArgumentException.class);
        // an older version stays available for the cycles that started with it
        assertThat(service.find("industry-trade-2026")).isPresent();
        assertThat(service.all())
                .extracting(Checklist::id)
                .containsExactly("general-2025", "general-2027", "industry-trade-2026", "industry-trade-2028");
    }

    private static void write(ObjectMapper json, Path dir, ObjectNode checklist) throws IOException {
        Files.writeString(dir.resolve(checklist.get("id").asText() + ".json"), json.writeValueAsString(checklist));
    }

    @ParameterizedTest(name = "{0} fireworks={1} → {2}")
    @CsvSource({
        "09, false, NON_COAL_MINE",
        "26, false, HAZARDOUS_CHEMICALS",
        "26, true,  FIREWORKS",
        "52, true,  FIREWORKS",
        "33, false, INDUSTRY_TRADE",
        "47, false, GENERAL",
    })
    void mapsTheIndustryOfAnEnterpriseToItsClassName(String division, boolean fireworks, String expected) {
        assertThat(SERVICE.industryClassOf(division, fireworks)).isEqualTo(expected);
        assertThat(SERVICE.current(SERVICE.industryClassOf(division, fireworks), 2026)
                        .industryClass()
                        .name())
                .isEqualTo(expected);
    }

    @Test
    void aHazardousChemicalsLicenceMakesATraderAChemicalsEnterprise() {
        assertThat(SERVICE.industryClassOf("52", false)).isEqualTo("INDUSTRY_TRADE");
        assertThat(SERVICE.industryClassOf("52", false, true)).isEqualTo("HAZARDOUS_CHEMICALS");
        assertThat(SERVICE.industryClassOf("52", true, true)).isEqualTo("FIREWORKS");
    }
}
