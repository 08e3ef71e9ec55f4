package cn.safetygrading.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aTextWithinTheWidthStaysAsItIs() {
        assertThat(Text.shorten("安全生产", 4)).isEqualTo("安全生产");
        assertThat(Text.shorten(null, 4)).isNull();
    }

    @Test
    void aLongerTextIsCutToTheWidthWithAnEllipsis() {
        assertThat(Text.shorten("安全生产分类分级", 5)).isEqualTo("安全生产…").hasSize(5);
    }

    @Test
    void blankIsNull() {
        assertThat(Text.blankToNull("  ")).isNull();
        assertThat(Text.blankToNull(" 威海 ")).isEqualTo("威海");
    }
}
