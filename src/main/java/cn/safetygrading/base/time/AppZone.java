package cn.safetygrading.base.time;

import java.time.ZoneId;

/**
 * The application's zone (app.zone, Asia/Shanghai by default) for code that has no {@link java.time.Clock}
 * at hand, such as static formatters. The clock bean sets it at startup; the JVM's zone is never used.
 */
public final class AppZone {

    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private static volatile ZoneId zone = DEFAULT;

    private AppZone() {}

    public static ZoneId get() {
        return zone;
    }

    static void set(ZoneId value) {
        zone = value == null ? DEFAULT : value;
    }
}
