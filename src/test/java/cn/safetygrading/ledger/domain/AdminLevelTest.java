package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminLevelTest {

    /** The codes V1 (region.level) and V17/V28 (grid_level, decided_level) allow, in the order of a region path. */
    @Test
    void theMigrationsCodesParseInPathOrder() {
        String[] stored = {"CITY", "COUNTY", "TOWNSHIP", "VILLAGE"};
        for (int i = 0; i < stored.length; i++) {
            AdminLevel level = AdminLevel.of(stored[i]).orElseThrow();
            assertThat(level.code()).isEqualTo(stored[i]);
            assertThat(level.depth()).isEqualTo(i);
            assertThat(level.is(stored[i])).isTrue();
        }
        assertThat(AdminLevel.values()).hasSize(stored.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "city", "LOCAL", "PROVINCE", "市级", " CITY"})
    void anythingElseIsNoLevel(String code) {
        assertThat(AdminLevel.of(code)).isEmpty();
        assertThat(AdminLevel.of(null)).isEmpty();
        assertThat(AdminLevel.CITY.is(null)).isFalse();
    }

    @Test
    void onlyTheCityAndCountiesHaveTheirOwnDepartments() {
        assertThat(AdminLevel.cityOrCounty("CITY")).isTrue();
        assertThat(AdminLevel.cityOrCounty("COUNTY")).isTrue();
        assertThat(AdminLevel.cityOrCounty("TOWNSHIP")).isFalse();
        assertThat(AdminLevel.cityOrCounty(null)).isFalse();
    }

    @Test
    void everyLevelHasALabelInBothLanguages() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        assertThat(zh.getString(AdminLevel.CITY.labelKey())).isEqualTo("市级");
        assertThat(zh.getString(AdminLevel.COUNTY.labelKey())).isEqualTo("区市级");
        Arrays.stream(AdminLevel.values())
                .forEach(l -> assertThat(en.getString(l.labelKey())).isNotBlank());
    }
}
