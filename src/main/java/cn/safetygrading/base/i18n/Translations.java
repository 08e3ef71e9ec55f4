package cn.safetygrading.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-facing string comes from the bundles in {@code i18n/}: Chinese first
 * ({@code <bundle>_zh_CN.properties}), English second ({@code <bundle>_en.properties}). Each feature
 * may keep a bundle of its own ({@code messages} is the shell's); keys are unique across bundles.
 * Vaadin's {@code getTranslation} calls land here.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final List<String> bundles = bundleNames();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String name : bundles) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, effective, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        log.warn("missing translation {} for {}", key, effective);
        return "!" + key;
    }

    /** zh-CN unless English was asked for. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The base names of all bundles on the classpath, e.g. {@code i18n/messages}, {@code i18n/ledger}. */
    public static List<String> bundleNames() {
        try {
            Resource[] chinese =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_zh_CN.properties");
            return Arrays.stream(chinese)
                    .map(Resource::getFilename)
                    .map(f -> "i18n/" + f.substring(0, f.length() - "_zh_CN.properties".length()))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For callers outside Vaadin (exports, e-mails): the same lookup. */
    public String get(String key, Locale locale, Object... params) {
        return getTranslation(key, locale, params);
    }

    /**
     * The Chinese text of a key, for what the system writes in the record's language (file lines,
     * documents, messages). Numbers are filled in as written ({@code 1234}, not {@code 1,234}).
     */
    public String zh(String key, Object... params) {
        Object[] plain = Arrays.stream(params)
                .map(p -> p instanceof Number ? p.toString() : p)
                .toArray();
        return getTranslation(key, CHINESE, plain);
    }
}
