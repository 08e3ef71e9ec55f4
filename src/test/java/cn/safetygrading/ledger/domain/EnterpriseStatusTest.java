package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseStatusTest {

    /** The codes V1 (enterprise.status) allows and the demo data writes. */
    @ParameterizedTest
    @ValueSource(strings = {"ACTIVE", "DORMANT", "CLOSED", "INDIVIDUAL"})
    void theMigrationsCodesParse(String stored) {
        EnterpriseStatus status = EnterpriseStatus.of(stored).orElseThrow();
        assertThat(status.code()).isEqualTo(stored);
        assertThat(status.is(stored)).isTrue();
        assertThat(EnterpriseStatus.known(stored)).isTrue();
    }

    @Test
    void theChoiceListsTheFourInOrder() {
        assertThat(EnterpriseStatus.codes()).containsExactly("ACTIVE", "DORMANT", "CLOSED", "INDIVIDUAL");
        assertThat(EnterpriseStatus.filterChoices()).containsExactly("", "ACTIVE", "DORMANT", "CLOSED", "INDIVIDUAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "active", "OPEN", "正常经营"})
    void anythingElseIsRefused(String code) {
        assertThat(EnterpriseStatus.of(code)).isEmpty();
        assertThat(EnterpriseStatus.known(code)).isFalse();
        assertThat(EnterpriseStatus.known(null)).isFalse();
    }

    @Test
    void everyStatusHasALabelInBothLanguages() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString(EnterpriseStatus.DORMANT.labelKey())).isEqualTo("僵尸企业");
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
        for (EnterpriseStatus status : EnterpriseStatus.values()) {
            assertThat(en.getString(status.labelKey())).isNotBlank();
        }
    }
}
