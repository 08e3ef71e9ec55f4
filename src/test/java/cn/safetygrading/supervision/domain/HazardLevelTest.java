package cn.safetygrading.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HazardLevelTest {

    /** The codes V13 (hazard.level) allows: each is a value, and there are no others. */
    @ParameterizedTest
    @ValueSource(strings = {"GENERAL", "MAJOR"})
    void theMigrationsCodesParse(String stored) {
        HazardLevel value = HazardLevel.of(stored).orElseThrow();
        assertThat(value.code()).isEqualTo(stored);
        assertThat(value.is(stored)).isTrue();
    }

    @Test
    void theCodesAreExactlyTheMigrations() {
        assertThat(HazardLevel.codes()).containsExactly("GENERAL", "MAJOR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "general", " GENERAL", "UNKNOWN"})
    void anythingElseIsRefused(String code) {
        assertThat(HazardLevel.of(code)).isEmpty();
        assertThat(HazardLevel.of(null)).isEmpty();
        assertThat(HazardLevel.GENERAL.is(null)).isFalse();
    }

    @Test
    void everyCodeHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.supervision", locale);
            for (HazardLevel value : HazardLevel.values()) {
                assertThat(texts.getString(value.labelKey())).isNotBlank();
            }
        }
    }
}
