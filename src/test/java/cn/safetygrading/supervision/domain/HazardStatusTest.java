package cn.safetygrading.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HazardStatusTest {

    /** The codes V13 (hazard.status) allows: each is a value, and there are no others. */
    @ParameterizedTest
    @ValueSource(strings = {"RECTIFYING", "AWAITING_VERIFICATION", "CLOSED"})
    void theMigrationsCodesParse(String stored) {
        HazardStatus value = HazardStatus.of(stored).orElseThrow();
        assertThat(value.code()).isEqualTo(stored);
        assertThat(value.is(stored)).isTrue();
    }

    @Test
    void theCodesAreExactlyTheMigrations() {
        assertThat(HazardStatus.codes()).containsExactly("RECTIFYING", "AWAITING_VERIFICATION", "CLOSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rectifying", " RECTIFYING", "UNKNOWN"})
    void anythingElseIsRefused(String code) {
        assertThat(HazardStatus.of(code)).isEmpty();
        assertThat(HazardStatus.of(null)).isEmpty();
        assertThat(HazardStatus.RECTIFYING.is(null)).isFalse();
    }

    @Test
    void everyCodeHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.supervision", locale);
            for (HazardStatus value : HazardStatus.values()) {
                assertThat(texts.getString(value.labelKey())).isNotBlank();
            }
        }
    }
}
