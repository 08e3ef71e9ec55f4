package cn.safetygrading.base.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: logic asks it for "now". It reads the engine's clock, so the
 * deadlines we compute and the engine's timers agree, and a test that moves the engine's time
 * (ClockUtil) moves ours too.
 *
 * <p>{@code app.clock.start} (an ISO instant, empty by default) starts both clocks at that instant and
 * lets them run from there: CI runs the suite at 23:30 UTC, whatever the hour of the machine
 * (docs/development.md). Tests that reset the engine's clock call {@link #resetToStart()}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    /** Milliseconds between the started clock and the machine's, 0 unless app.clock.start is set. */
    private static volatile long startOffset;

    @Bean
    Clock clock(@Value("${app.zone}") String zone, @Value("${app.clock.start:}") String start) {
        startAt(start);
        ZoneId id = ZoneId.of(zone);
        AppZone.set(id);
        return new EngineClock(id);
    }

    /** Starts the clocks at {@code start} (an ISO instant); blank: the machine's time. */
    static void startAt(String start) {
        startOffset = start.isBlank() ? 0 : Instant.parse(start.strip()).toEpochMilli() - System.currentTimeMillis();
        resetToStart();
    }

    /**
     * Lets the engine's clock (and so the application's) run again from where app.clock.start put it:
     * {@link ClockUtil#reset()} for a run with the machine's time.
     */
    public static void resetToStart() {
        ClockUtil.reset();
        if (startOffset != 0) {
            ClockUtil.offset(startOffset);
        }
    }

    /** A {@link Clock} over Camunda's {@link ClockUtil}: real time unless a test has set it. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
