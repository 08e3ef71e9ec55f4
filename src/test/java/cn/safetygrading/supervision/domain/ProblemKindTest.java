package cn.safetygrading.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemKindTest {

    /** The codes V28 (supervision_problem.kind) allows: each is a value, and there are no others. */
    @ParameterizedTest
    @ValueSource(strings = {"MAJOR_HAZARD", "VIOLATION", "PRINCIPAL_NEGLECT", "ENTERPRISE_REPORT", "OTHER"})
    void theMigrationsCodesParse(String stored) {
        ProblemKind value = ProblemKind.of(stored).orElseThrow();
        assertThat(value.code()).isEqualTo(stored);
        assertThat(value.is(stored)).isTrue();
    }

    @Test
    void theCodesAreExactlyTheMigrations() {
        assertThat(ProblemKind.codes())
                .containsExactly("MAJOR_HAZARD", "VIOLATION", "PRINCIPAL_NEGLECT", "ENTERPRISE_REPORT", "OTHER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "major_hazard", " MAJOR_HAZARD", "UNKNOWN"})
    void anythingElseIsRefused(String code) {
        assertThat(ProblemKind.of(code)).isEmpty();
        assertThat(ProblemKind.of(null)).isEmpty();
        assertThat(ProblemKind.MAJOR_HAZARD.is(null)).isFalse();
    }

    @Test
    void everyCodeHasALabelInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle("i18n.supervision", locale);
            for (ProblemKind value : ProblemKind.values()) {
                assertThat(texts.getString(value.labelKey())).isNotBlank();
            }
        }
    }
}
