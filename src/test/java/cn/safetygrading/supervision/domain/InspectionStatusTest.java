package cn.safetygrading.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InspectionStatusTest {

    /** The codes V14 (inspection.status) allows: each is a value, and there are no others. */
    @ParameterizedTest
    @ValueSource(strings = {"PLANNED", "DONE"})
    void theMigrationsCodesParse(String stored) {
        InspectionStatus value = InspectionStatus.of(stored).orElseThrow();
        assertThat(value.code()).isEqualTo(stored);
        assertThat(value.is(stored)).isTrue();
    }

    @Test
    void theCodesAreExactlyTheMigrations() {
        assertThat(InspectionStatus.codes()).containsExactly("PLANNED", "DONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "planned", " PLANNED", "UNKNOWN"})
    void anythingElseIsRefused(String code) {
        assertThat(InspectionStatus.of(code)).isEmpty();
        assertThat(InspectionStatus.of(null)).isEmpty();
        assertThat(InspectionStatus.PLANNED.is(null)).isFalse();
    }
}
