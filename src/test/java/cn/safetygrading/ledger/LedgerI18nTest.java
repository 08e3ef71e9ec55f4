package cn.safetygrading.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.RiskFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every ledger key the code names, and every key it builds from a value, exists in Chinese and English. */
class LedgerI18nTest {

    private static final Pattern LEDGER_KEY = Pattern.compile("\"(ledger\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
    private final Translations translations = new Translations();

    @Test
    void everyLedgerKeyInTheCodeExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/safetygrading/ledger"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LEDGER_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).contains("ledger.file.zipBomb", "ledger.reject.duplicate", "ledger.summary.changed");
        keys.forEach(this::exists);
    }

    @Test
    void keysBuiltFromValuesExist() {
        for (RiskFeature f : RiskFeature.values()) {
            exists("ledger.feature." + f.name());
        }
        for (String type : new String[] {"IMPORTED", "CHANGED", "CLASSIFIED"}) {
            exists("event." + type);
        }
        for (String c : new String[] {"I", "II", "none"}) {
            exists("ledger.classShort." + c);
        }
        for (String field : new String[] {
            "name",
            "address",
            "industryCode",
            "regionCode",
            "enterpriseClass",
            "features",
            "grade",
            "managementLevel",
            "competentDepartment",
            "supervisingDepartment",
            "remark",
            "status"
        }) {
            exists("ledger.field." + field);
        }
    }

    @Test
    void rowNumbersAreNotGrouped() {
        assertThat(translations.getTranslation("ledger.reject.duplicate", Translations.CHINESE, 12345))
                .isEqualTo("统一社会信用代码与第12345行重复");
    }

    private void exists(String key) {
        for (Locale locale : Translations.LOCALES) {
            assertThat(translations.getTranslation(key, locale))
                    .as("%s in %s", key, locale)
                    .doesNotStartWith("!");
        }
    }
}
