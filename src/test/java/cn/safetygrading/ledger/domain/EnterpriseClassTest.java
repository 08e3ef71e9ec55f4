package cn.safetygrading.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnterpriseClassTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ⅰ", "I", "1", "Ⅰ类", "一类", " I ", "1类"})
    void classIAsPeopleWriteIt(String written) {
        assertThat(EnterpriseClass.parse(written)).contains(EnterpriseClass.I);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ⅱ", "II", "2", "Ⅱ类", "二类", "II类"})
    void classIIAsPeopleWriteIt(String written) {
        assertThat(EnterpriseClass.parse(written)).contains(EnterpriseClass.II);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "III", "3", "A", "重点"})
    void anythingElseIsNoClass(String written) {
        assertThat(EnterpriseClass.parse(written)).isEmpty();
        assertThat(EnterpriseClass.parse(null)).isEmpty();
    }

    @Test
    void storedCodesAreExactlyIAndII() {
        assertThat(EnterpriseClass.of("I")).contains(EnterpriseClass.I);
        assertThat(EnterpriseClass.of("II")).contains(EnterpriseClass.II);
        assertThat(EnterpriseClass.of("Ⅰ")).isEmpty();
        assertThat(EnterpriseClass.of("i")).isEmpty();
        assertThat(EnterpriseClass.of(null)).isEmpty();
        assertThat(EnterpriseClass.I.code()).isEqualTo("I");
        assertThat(EnterpriseClass.II.code()).isEqualTo("II");
        assertThat(EnterpriseClass.I.is("I")).isTrue();
        assertThat(EnterpriseClass.I.is("II")).isFalse();
        assertThat(EnterpriseClass.II.is(null)).isFalse();
    }

    @Test
    void numeralsAreTheAnnexsRomanNumerals() {
        assertThat(EnterpriseClass.I.numeral()).isEqualTo("\u2160");
        assertThat(EnterpriseClass.II.numeral()).isEqualTo("\u2161");
        assertThat(EnterpriseClass.numeralOf("II")).isEqualTo("Ⅱ");
        assertThat(EnterpriseClass.numeralOf(null)).isEmpty();
    }

    @Test
    void labelsComeFromTheBundles() {
        ResourceBundle messages = ResourceBundle.getBundle("i18n/messages", Locale.SIMPLIFIED_CHINESE);
        ResourceBundle ledger = ResourceBundle.getBundle("i18n/ledger", Locale.SIMPLIFIED_CHINESE);
        assertThat(messages.getString(EnterpriseClass.I.labelKey())).isEqualTo("Ⅰ类（重点监管）");
        assertThat(messages.getString(EnterpriseClass.II.labelKey())).isEqualTo("Ⅱ类（一般监管）");
        assertThat(ledger.getString(EnterpriseClass.I.shortKey())).isEqualTo("Ⅰ类");
        assertThat(ledger.getString(EnterpriseClass.II.shortKey())).isEqualTo("Ⅱ类");
        ResourceBundle english = ResourceBundle.getBundle("i18n/ledger", Locale.ENGLISH);
        assertThat(english.getString(EnterpriseClass.II.shortKey())).isEqualTo("Class II");
    }

    @Test
    void jsonKeepsTheContractsCodes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(EnterpriseClass.II)).isEqualTo("\"II\"");
        assertThat(json.readValue("\"I\"", EnterpriseClass.class)).isEqualTo(EnterpriseClass.I);
        assertThat(Optional.of(EnterpriseClass.I).map(EnterpriseClass::code)).contains("I");
    }
}
