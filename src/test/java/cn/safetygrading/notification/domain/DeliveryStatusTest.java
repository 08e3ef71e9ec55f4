package cn.safetygrading.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryStatusTest {

    /** The codes V37 (notification_delivery.status) allows: each is a value, and there are no others. */
    @ParameterizedTest
    @ValueSource(strings = {"PENDING", "SENT", "FAILED"})
    void theMigrationsCodesParse(String stored) {
        DeliveryStatus value = DeliveryStatus.of(stored).orElseThrow();
        assertThat(value.code()).isEqualTo(stored);
        assertThat(value.is(stored)).isTrue();
    }

    @Test
    void theCodesAreExactlyTheMigrations() {
        assertThat(DeliveryStatus.codes()).containsExactly("PENDING", "SENT", "FAILED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pending", " PENDING", "UNKNOWN"})
    void anythingElseIsRefused(String code) {
        assertThat(DeliveryStatus.of(code)).isEmpty();
        assertThat(DeliveryStatus.of(null)).isEmpty();
        assertThat(DeliveryStatus.PENDING.is(null)).isFalse();
    }

    @Test
    void everyCodeHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.notification", locale);
            for (DeliveryStatus value : DeliveryStatus.values()) {
                assertThat(texts.getString(value.labelKey())).isNotBlank();
            }
        }
    }
}
