package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.persistence.RegionMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The kept region tree answers as the database does, in the same order. */
class RegionTreeIT extends IntegrationTest {

    @Autowired
    RegionTree tree;

    @Autowired
    RegionMapper mapper;

    @Test
    void subtreesAreTheDatabasesInTheSameOrder() {
        assertThat(tree.all()).containsExactlyElementsOf(mapper.all()).hasSizeGreaterThan(2_800);
        for (String path : List.of("371000", "371000/371002", "371000/371002/371002001", "371000/371083")) {
            assertThat(tree.subtree(path))
                    .as(path)
                    .containsExactlyElementsOf(mapper.subtree(path))
                    .isNotEmpty();
        }
        // a prefix of a code is not a parent: 371000/37100 has nothing below it
        assertThat(tree.subtree("371000/37100")).isEmpty();
    }

    @Test
    void findsARegionByCode() {
        Region huancui = tree.find("371002").orElseThrow();
        assertThat(huancui).isEqualTo(mapper.find("371002").orElseThrow());
        assertThat(huancui.name()).isEqualTo("环翠区");
        assertThat(tree.find("999999")).isEmpty();
        assertThat(tree.find(null)).isEmpty();
    }
}
