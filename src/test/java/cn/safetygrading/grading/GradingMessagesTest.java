package cn.safetygrading.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Answer;
import cn.safetygrading.grading.domain.Dimension;
import cn.safetygrading.grading.domain.IndustryClass;
import cn.safetygrading.grading.service.InvalidAnswersException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every answer, dimension, industry class and validation problem has its words in the grading bundle. */
class GradingMessagesTest {

    private final Translations translations = new Translations();

    @Test
    void everyValueHasItsKeyInBothLanguages() throws IOException {
        List<String> keys = Stream.of(
                        Stream.of(Answer.values()).map(Answer::messageKey),
                        Stream.of(Dimension.values()).map(Dimension::messageKey),
                        Stream.of(IndustryClass.values()).map(IndustryClass::messageKey),
                        Stream.of(InvalidAnswersException.Problem.values()).map(p -> "checklist.error." + p.name()),
                        Stream.of(
                                "checklist.item.mandatory",
                                "checklist.item.veto",
                                "checklist.result.mandatoryMissing",
                                "checklist.result.vetoFailed"))
                .flatMap(s -> s)
                .toList();
        assertThat(load("zh_CN").stringPropertyNames()).containsAll(keys);
        assertThat(load("en").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void chineseNamesAgreeWithTheDomain() {
        for (Dimension d : Dimension.values()) {
            assertThat(translations.getTranslation(d.messageKey(), Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo(d.chineseName());
        }
        for (IndustryClass c : IndustryClass.values()) {
            assertThat(translations.getTranslation(c.messageKey(), Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo(c.chineseName());
        }
        assertThat(translations.getTranslation("checklist.answer.PARTIAL", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("部分符合");
        assertThat(translations.getTranslation("checklist.answer.PARTIAL", Locale.ENGLISH))
                .isEqualTo("Partly met");
        assertThat(translations.getTranslation(
                        "checklist.error.MISSING_ANSWERS", Locale.SIMPLIFIED_CHINESE, "P04, D03"))
                .isEqualTo("以下评估项尚未作答：P04, D03");
        assertThat(translations.getTranslation("checklist.error.NOT_APPLICABLE_FORBIDDEN", Locale.ENGLISH, "M01"))
                .isEqualTo("Mandatory and veto items cannot be answered \"Not applicable\": M01");
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in =
                GradingMessagesTest.class.getResourceAsStream("/i18n/grading_" + suffix + ".properties")) {
            assertThat(in).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
