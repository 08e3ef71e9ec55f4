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
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    @Bean
    Clock clock(@Value("${app.zone}") String zone) {
        ZoneId id = ZoneId.of(zone);
        AppZone.set(id);
        return new EngineClock(id);
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
