package cn.safetygrading.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void keepsAPageWithinBounds() {
        assertThat(Page.of(40, 20, 500)).isEqualTo(new Page(40, 20));
    }

    @Test
    void negativeOffsetStartsAtTheFirstRow() {
        assertThat(Page.of(-5, 20, 500).offset()).isZero();
    }

    @Test
    void limitIsAtLeastOneRow() {
        assertThat(Page.of(0, 0, 500).limit()).isEqualTo(1);
        assertThat(Page.of(0, -3, 500).limit()).isEqualTo(1);
    }

    @Test
    void limitIsAtMostTheMaximum() {
        assertThat(Page.of(0, 10_000, 200).limit()).isEqualTo(200);
        assertThat(Page.limit(Integer.MAX_VALUE, 500)).isEqualTo(500);
        assertThat(Page.limit(500, 500)).isEqualTo(500);
    }

    @Test
    void maximumBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> Page.of(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
