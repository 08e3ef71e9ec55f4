package cn.safetygrading.base.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How dates are shown: ISO-like, unambiguous in Chinese and English alike. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    public static String dateTime(OffsetDateTime value) {
        return value == null ? "" : DATE_TIME.format(value);
    }

    public static String date(OffsetDateTime value) {
        return value == null ? "" : DATE.format(value);
    }

    public static String date(java.time.LocalDate value) {
        return value == null ? "" : DATE.format(value);
    }
}
