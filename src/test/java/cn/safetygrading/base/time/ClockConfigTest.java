package cn.safetygrading.base.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClockConfigTest {

    private final String before = System.getProperty("app.clock.start", "");

    @AfterEach
    void backToTheRunsClock() {
        ClockConfig.startAt(before);
    }

    @Test
    void aStartedClockRunsFromItsStartAndTheEngineAgrees() throws Exception {
        Instant start = Instant.parse("2030-01-01T23:30:00Z");
        Clock clock = new ClockConfig().clock("Asia/Shanghai", start.toString());
        assertThat(Duration.between(start, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        // 23:30 UTC is already the next day in Shanghai
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2030, 1, 2));
        assertThat(Duration.between(start, ClockUtil.now().toInstant()))
                .isBetween(Duration.ZERO, Duration.ofMinutes(1));
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(start);
        // a test that moved the engine's clock goes back to the started one, not to the machine's
        ClockUtil.setCurrentTime(java.util.Date.from(start.plus(Duration.ofDays(40))));
        ClockConfig.resetToStart();
        assertThat(Duration.between(start, clock.instant())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
    }
}
