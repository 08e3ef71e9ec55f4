package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagementLevelTest {

    /** The codes V1 (enterprise.management_level) allows and the demo data writes. */
    @ParameterizedTest
    @ValueSource(strings = {"CITY", "COUNTY", "LOCAL"})
    void theMigrationsCodesParse(String stored) {
        ManagementLevel level = ManagementLevel.of(stored).orElseThrow();
        assertThat(level.code()).isEqualTo(stored);
        assertThat(level.is(stored)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "local", "TOWNSHIP", "市级"})
    void anythingElseIsNoLevel(String code) {
        assertThat(ManagementLevel.of(code)).isEmpty();
        assertThat(ManagementLevel.of(null)).isEmpty();
    }

    @Test
    void theAnnexKnowsOnlyCityAndCounty() {
        assertThat(ManagementLevel.annexLabel("CITY")).isEqualTo("市级");
        assertThat(ManagementLevel.annexLabel("COUNTY")).isEqualTo("区市级");
        assertThat(ManagementLevel.annexLabel("LOCAL")).isEqualTo("区市级");
        assertThat(ManagementLevel.annexLabel(null)).isEqualTo("区市级");
    }

    @Test
    void everyLevelHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            Arrays.stream(ManagementLevel.values())
                    .forEach(l -> assertThat(bundle.getString(l.labelKey())).isNotBlank());
        }
    }
}
