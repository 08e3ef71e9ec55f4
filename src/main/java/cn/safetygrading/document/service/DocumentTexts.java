package cn.safetygrading.document.service;

import cn.safetygrading.base.i18n.Translations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** The Chinese sentences, dates (Asia/Shanghai) and times the documents print. */
@Component
class DocumentTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Translations texts;
    private final DateTimeFormatter date;
    private final Clock clock;

    DocumentTexts(Translations texts, Clock clock) {
        this.texts = texts;
        this.date = DateTimeFormatter.ofPattern(texts.zh("document.datePattern"));
        this.clock = clock;
    }

    String t(String key, Object... params) {
        return texts.getTranslation(key, Translations.CHINESE, params);
    }

    String date(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(clock.getZone()).format(date);
    }

    String date(LocalDate day) {
        return day == null ? "" : day.format(date);
    }

    String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(clock.getZone()).format(TIME);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
