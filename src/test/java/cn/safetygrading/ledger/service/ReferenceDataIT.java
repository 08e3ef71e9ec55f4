package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.domain.DepartmentDuty;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.persistence.RegionMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reference data Flyway ships: industries, the region tree of 威海市, departments. */
class ReferenceDataIT extends IntegrationTest {

    @Autowired
    ReferenceData reference;

    @Autowired
    RegionMapper regions;

    @Test
    void allSectionsAndDivisionsOfGbt4754() {
        List<Industry> all = reference.industries();
        assertThat(all.stream().filter(i -> !i.isDivision())).hasSize(20);
        assertThat(reference.divisions()).hasSize(97);
        Map<String, Industry> byCode = all.stream().collect(Collectors.toMap(Industry::code, Function.identity()));
        assertThat(byCode.get("C").name()).isEqualTo("制造业");
        assertThat(byCode.get("13").name()).isEqualTo("农副食品加工业");
        assertThat(byCode.get("13").sectionCode()).isEqualTo("C");
        assertThat(byCode.get("58").name()).isEqualTo("多式联运和运输代理业");
        assertThat(byCode.get("97").sectionCode()).isEqualTo("T");
        var catalogue = reference.catalogue();
        assertThat(catalogue.parseDivision("C13").map(Industry::code)).contains("13");
        assertThat(catalogue.parseDivision("1351").map(Industry::code)).contains("13");
        assertThat(catalogue.parseDivision("9").map(Industry::code)).contains("09");
        assertThat(catalogue.parseDivision("农副食品加工业").map(Industry::code)).contains("13");
        assertThat(catalogue.parseDivision("B13")).isEmpty(); // 13 is not in section B
        assertThat(catalogue.parseDivision("98")).isEmpty();
    }

    @Test
    void theRegionTreeOfWeihaiDownToVillages() {
        List<Region> tree = regions.subtree("371000");
        Map<String, Long> byLevel = tree.stream().collect(Collectors.groupingBy(Region::level, Collectors.counting()));
        // seven county-level divisions of the NBS tables plus 威海南海新区 (V26, docs/decisions.md)
        assertThat(byLevel)
                .containsEntry("CITY", 1L)
                .containsEntry("COUNTY", 8L)
                .containsEntry("TOWNSHIP", 73L)
                .containsEntry("VILLAGE", 2768L);
        Map<String, Region> byCode = tree.stream().collect(Collectors.toMap(Region::code, Function.identity()));
        assertThat(byCode.get("371074")).satisfies(nanhai -> {
            assertThat(nanhai.name()).isEqualTo("威海南海新区");
            assertThat(nanhai.parentCode()).isEqualTo("371000");
            assertThat(nanhai.level()).isEqualTo("COUNTY");
        });
        for (Region r : tree) {
            if (r.parentCode() != null) {
                Region parent = byCode.get(r.parentCode());
                assertThat(r.path()).isEqualTo(parent.path() + "/" + r.code());
                assertThat(r.code()).startsWith(parent.level().equals("CITY") ? "3710" : parent.code());
            }
        }
        assertThat(byCode.get("371002001").name()).isEqualTo("环翠楼街道");
        assertThat(byCode.get("371082101").name()).isEqualTo("俚岛镇");
        assertThat(byCode.get("371002001001").level()).isEqualTo("VILLAGE");
    }

    @Test
    void departmentsOfTheNearestRegionForTheIndustry() {
        var catalogue = reference.catalogue();
        Region village = regions.find("371002001001").orElseThrow();
        assertThat(catalogue.department(village, "13", "LOCAL", DepartmentDuty.COMPETENT))
                .contains("环翠区工业和信息化局");
        assertThat(catalogue.department(village, "13", "LOCAL", DepartmentDuty.SUPERVISING))
                .contains("环翠区应急管理局");
        assertThat(catalogue.department(village, "13", "CITY", DepartmentDuty.SUPERVISING))
                .contains("威海市应急管理局");
        assertThat(catalogue.department(village, "47", "COUNTY", DepartmentDuty.COMPETENT))
                .contains("环翠区住房和城乡建设局");
        // a development zone has no departments of its own here: the city's answer
        Region zone = regions.find("371071").orElseThrow();
        assertThat(catalogue.department(zone, "54", "LOCAL", DepartmentDuty.COMPETENT))
                .contains("威海市交通运输局");
        assertThat(catalogue.department(village, "66", "LOCAL", DepartmentDuty.COMPETENT))
                .isEmpty();
        // the 50 shipped departments (ten kinds in the city and its four districts); administrators may add more
        assertThat(reference.departments())
                .extracting(cn.safetygrading.ledger.domain.Department::id)
                .containsAll(java.util.stream.Stream.of("371000", "371002", "371003", "371082", "371083")
                        .flatMap(region -> java.util.stream.Stream.of(
                                        "agriculture",
                                        "commerce",
                                        "culture",
                                        "development",
                                        "emergency",
                                        "housing",
                                        "industry",
                                        "ocean",
                                        "transport",
                                        "water")
                                .map(kind -> region + "-" + kind))
                        .toList());
    }
}
