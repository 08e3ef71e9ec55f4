package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportStatusTest {

    /** The codes V4 (ledger_import.status) allows. */
    @ParameterizedTest
    @ValueSource(strings = {"RUNNING", "DONE", "REFUSED", "FAILED"})
    void theMigrationsCodesParse(String stored) {
        assertThat(ImportStatus.of(stored).orElseThrow().code()).isEqualTo(stored);
    }

    @Test
    void thereAreNoOthers() {
        assertThat(ImportStatus.values()).hasSize(4);
        assertThat(ImportStatus.of("done")).isEmpty();
        assertThat(ImportStatus.of("")).isEmpty();
        assertThat(ImportStatus.of(null)).isEmpty();
    }
}
