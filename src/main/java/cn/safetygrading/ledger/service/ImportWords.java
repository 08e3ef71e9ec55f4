package cn.safetygrading.ledger.service;

import cn.safetygrading.base.i18n.Translations;

/** The import's Chinese sentences (rejections, summaries are stored and shown in Chinese) and its string helpers. */
final class ImportWords {

    private final Translations translations;

    ImportWords(Translations translations) {
        this.translations = translations;
    }

    String zh(String key, Object... args) {
        return translations.get(key, Translations.CHINESE, args);
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
