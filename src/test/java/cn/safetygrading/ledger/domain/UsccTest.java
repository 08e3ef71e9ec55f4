package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015 codes: the documented valid examples pass, every kind of bad code names its fault. */
class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void documentedExamplesAreValid(String code) {
        assertThat(Uscc.check(code)).isEmpty();
        assertThat(Uscc.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest(name = "{0}: position {1}, {2}")
    @CsvSource({
        "91350100M000100Y44, 18, uscc.checksum", // wrong check character
        "91110000600037341X, 18, uscc.checksum",
        "91350100M000100Y4,   0, uscc.length", // 17 characters
        "91350100M000100Y430, 0, uscc.length", // 19 characters
        "I1350100M000100Y43,  1, uscc.character", // I is not in the alphabet
        "91350100O000100Y43,  9, uscc.character", // O
        "9135010SM000100Y43,  8, uscc.character", // S
        "91350100M000100V43, 16, uscc.character", // V
        "91350100M000100Z43, 16, uscc.character", // Z
        "91350100m000100Y43,  9, uscc.character", // lower case
        "91350100M000100Y4*, 18, uscc.character",
    })
    void badCodesNameThePositionAtFault(String code, int position, String messageKey) {
        var problem = Uscc.check(code);
        assertThat(problem).isPresent();
        assertThat(problem.get().position()).isEqualTo(position);
        assertThat(problem.get().messageKey()).isEqualTo(messageKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyCodesAreRejected(String code) {
        assertThat(Uscc.check(code)).get().extracting(Uscc.Problem::messageKey).isEqualTo("uscc.empty");
        assertThat(Uscc.check(null)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91371002MA3100001", "12100000400000001", "00000000000000000"})
    void completedCodesAreValid(String first17) {
        assertThat(Uscc.isValid(Uscc.complete(first17))).isTrue();
    }
}
