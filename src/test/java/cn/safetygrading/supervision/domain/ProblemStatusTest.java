package cn.safetygrading.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemStatusTest {

    /** The codes V28 (supervision_problem.status) allows: each is a value, and there are no others. */
    @ParameterizedTest
    @ValueSource(strings = {"OPEN", "RESOLVED", "CLOSED"})
    void theMigrationsCodesParse(String stored) {
        ProblemStatus value = ProblemStatus.of(stored).orElseThrow();
        assertThat(value.code()).isEqualTo(stored);
        assertThat(value.is(stored)).isTrue();
    }

    @Test
    void theCodesAreExactlyTheMigrations() {
        assertThat(ProblemStatus.codes()).containsExactly("OPEN", "RESOLVED", "CLOSED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "open", " OPEN", "UNKNOWN"})
    void anythingElseIsRefused(String code) {
        assertThat(ProblemStatus.of(code)).isEmpty();
        assertThat(ProblemStatus.of(null)).isEmpty();
        assertThat(ProblemStatus.OPEN.is(null)).isFalse();
    }

    @Test
    void everyCodeHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.supervision", locale);
            for (ProblemStatus value : ProblemStatus.values()) {
                assertThat(texts.getString(value.labelKey())).isNotBlank();
            }
        }
    }
}
