package cn.safetygrading.base.ui;

import cn.safetygrading.base.time.AppZone;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * How dates are shown: ISO-like, unambiguous in Chinese and English alike, always in the application's
 * zone (a time read back from the database carries UTC; the JVM's zone is never used).
 */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {}

    public static String dateTime(OffsetDateTime value) {
        return value == null ? "" : DATE_TIME.format(value.atZoneSameInstant(AppZone.get()));
    }

    public static String dateTime(Date value) {
        return value == null
                ? ""
                : DATE_TIME.format(Instant.ofEpochMilli(value.getTime()).atZone(AppZone.get()));
    }

    public static String date(OffsetDateTime value) {
        return value == null ? "" : DATE.format(value.atZoneSameInstant(AppZone.get()));
    }

    public static String date(Date value) {
        return value == null
                ? ""
                : DATE.format(Instant.ofEpochMilli(value.getTime()).atZone(AppZone.get()));
    }

    public static String date(java.time.LocalDate value) {
        return value == null ? "" : DATE.format(value);
    }
}
