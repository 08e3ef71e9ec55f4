package cn.safetygrading.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both bundles hold the same keys, and every key the code asks for exists. */
class I18nSyncTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([A-Za-z0-9_.]+)\"\\s*[,)]");
    private static final Pattern MENU_KEY = Pattern.compile("@Menu\\([^)]*title = \"([A-Za-z0-9_.]+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(Translations.bundleNames()).contains("i18n/messages");
        for (String bundle : Translations.bundleNames()) {
            assertThat(load(bundle, "en").stringPropertyNames())
                    .as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle, "zh_CN").stringPropertyNames());
        }
    }

    @Test
    void keysAreUniqueAcrossBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : Translations.bundleNames()) {
            for (String key : load(bundle, "zh_CN").stringPropertyNames()) {
                assertThat(seen.add(key))
                        .as("key %s of %s is defined twice", key, bundle)
                        .isTrue();
            }
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                collect(LITERAL_KEY.matcher(source), used);
                collect(MENU_KEY.matcher(source), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("zh_CN").stringPropertyNames()).containsAll(used);
        assertThat(load("en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void keysBuiltFromValuesExistForEveryValue() throws IOException {
        Set<String> built = new TreeSet<>();
        for (String v : new String[] {"I", "II"}) {
            built.add("class." + v);
        }
        for (String v : new String[] {"ACTIVE", "DORMANT", "CLOSED", "INDIVIDUAL"}) {
            built.add("status." + v);
        }
        for (String v : new String[] {"CITY", "COUNTY", "LOCAL"}) {
            built.add("management." + v);
        }
        // every timeline event type: those named in a file.record(...) call, the constants, and the grade writes
        for (String v : new String[] {
            "REGISTERED", "IMPORTED", "CHANGED", "CLASSIFIED", "GRADED", "ADJUSTED", "HAZARD_CLOSED", "HAZARD_REJECTED"
        }) {
            built.add("event." + v);
        }
        built.addAll(recordedEventTypes());
        for (String v : new String[] {"RECEIVED", "IN_REVIEW", "UPHELD", "DISMISSED"}) {
            built.add("objection.status." + v);
        }
        for (String v : new String[] {"selfAssessment", "preliminaryReview", "spotCheck", "NOTICE", "GRADED"}) {
            built.add("portal.step." + v);
        }
        for (String v : new String[] {"ENTERPRISE", "COUNTY", "CITY"}) {
            built.add("portal.holder." + v);
        }
        for (String v : new String[] {"CAMPAIGN", "WATCH_PERIOD_END", "APPLICATION", "DEPARTMENT"}) {
            built.add("portal.trigger." + v);
        }
        for (String v : new String[] {"STATIONED", "ROVING", "NONE"}) {
            built.add("portal.stationing." + v);
        }
        for (String v : new String[] {"A", "B", "C", "D"}) {
            built.add("portal.meaning." + v);
        }
        for (String v : new String[] {"count", "noInspectors", "gone", "unknownEnterprise", "conflictReason"}) {
            built.add("draw." + v);
        }
        for (String v : new String[] {
            "gone", "noOrder", "rectificationText", "result.NO_ISSUES", "result.RECTIFIED", "result.REFUSED"
        }) {
            built.add("inspection." + v);
        }
        built.add("grid.noSuchUser");
        // every rule of the decisions a grading explains in words (TaskView), and every round outcome
        for (String dmn : new String[] {"processes/diagnosis-grade.dmn", "processes/spot-check-required.dmn"}) {
            java.util.regex.Matcher rule = java.util.regex.Pattern.compile("<rule id=\"([^\"]+)\"")
                    .matcher(Files.readString(Path.of(dmn), StandardCharsets.UTF_8));
            while (rule.find()) {
                built.add("decision.rule." + rule.group(1));
            }
        }
        built.add("decision.rule.Rule_D_VetoFailed.noItems");
        for (String v :
                new String[] {"SUBMITTED", "RETURN", "APPROVE", "VERIFIED", "FALSIFIED", "UPHELD", "DISMISSED"}) {
            built.add("round.outcome." + v);
        }
        for (String v : new String[] {"CITY", "COUNTY", "TOWNSHIP", "VILLAGE"}) {
            built.add("portal.gridLevel." + v);
        }
        built.add("plan.reason.DUE");
        built.add("plan.reason.RANDOM");
        for (String v : new String[] {"GENERAL", "MAJOR"}) {
            built.add("hazard.level." + v);
        }
        for (String v : new String[] {"RECTIFYING", "AWAITING_VERIFICATION", "CLOSED"}) {
            built.add("hazard.status." + v);
        }
        for (String v : new String[] {
            "required",
            "tooLong",
            "level",
            "foundOn",
            "deadline",
            "notRectifying",
            "gone",
            "tooManyPhotos",
            "title",
            "description",
            "location",
            "plan",
            "rectification"
        }) {
            built.add("hazard." + v);
        }
        for (String v : new String[] {"ALL", "MINE", "GROUPS", "UNASSIGNED"}) {
            built.add("inbox.show." + v);
        }
        for (String v : new String[] {
            "selfAssessment",
            "preliminaryReview",
            "departmentDiagnosis",
            "spotCheck",
            "objectionReview",
            "lookBack",
            "claimedByOther",
            "notYours",
            "gone",
            "bulkTooMany",
            "delegateSelf",
            "notDelegated",
            "notCandidate",
            "commentEmpty",
            "commentTooLong",
            "attachmentGone",
            "rectifyHazard",
            "verifyRectification",
            "superviseMajorHazard",
            "inspectOnSite",
            "rectifyOrder",
            "recheckInspection",
            "assignStationing",
            "stationingReport",
            "halfMonthlyContact",
            "quarterlyCheck",
            "quarterlyMeeting",
            "quarterlyTalk",
            "quarterlyRiskCheck",
            "adHocDuty",
            "consultationAnswer",
            "problemHandling",
            "problemVerify",
            "halfYearReport",
            "yearlyDrill"
        }) {
            built.add("task." + v);
        }
        for (String v : new String[] {
            "SELF_ASSESSMENT", "DEPARTMENT_DIAGNOSIS", "PRELIMINARY_REVIEW", "SPOT_CHECK", "OBJECTION_REVIEW"
        }) {
            built.add("round." + v);
        }
        for (String v : new String[] {"LAUNCHING", "RUNNING", "CLOSED"}) {
            built.add("campaign.status." + v);
        }
        for (String v : new String[] {
            "GENERAL_ACCIDENT",
            "CONCEALED_ACCIDENT",
            "LIABILITY_ACCIDENT",
            "REPEATED_PENALTY",
            "REFUSED_ORDER",
            "PROMINENT_HAZARDS",
            "DUAL_PREVENTION_NOT_RUNNING",
            "RESPONSIBILITY_NOT_IMPLEMENTED",
            "NO_ACCIDENT_3_YEARS",
            "STANDARDIZATION_CERTIFIED",
            "DUAL_PREVENTION_BENCHMARK",
            "INTRINSIC_SAFETY_GAIN",
            "COMMENDATION"
        }) {
            built.add("adjustment." + v);
        }
        assertThat(load("zh_CN").stringPropertyNames()).containsAll(built);
        assertThat(load("en").stringPropertyNames()).containsAll(built);
    }

    @Test
    void chineseIsTheDefaultAndEnglishTheSecondLocale() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("login.title", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("登录");
        assertThat(translations.getTranslation("login.title", Locale.GERMAN)).isEqualTo("登录");
        assertThat(translations.getTranslation("login.title", Locale.US)).isEqualTo("Sign in");
        assertThat(translations.getTranslation("inbox.summary", Locale.SIMPLIFIED_CHINESE, 3, 1))
                .isEqualTo("共 3 项待办，其中 1 项已逾期");
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** All keys of all bundles in one locale. */
    private static Properties load(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : Translations.bundleNames()) {
            all.putAll(load(bundle, suffix));
        }
        return all;
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nSyncTest.class.getResourceAsStream("/" + bundle + "_" + suffix + ".properties")) {
            assertThat(in).as("%s_%s.properties", bundle, suffix).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Event types written literally as the second argument of a {@code .record(uscc, "TYPE", ...)} call. */
    private static Set<String> recordedEventTypes() throws IOException {
        Pattern call = Pattern.compile("\\.record\\(\\s*[^,()]+(?:\\([^()]*\\))?,\\s*\"([A-Z_]+)\"");
        Set<String> keys = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = call.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add("event." + m.group(1));
                }
            }
        }
        assertThat(keys).contains("event.GRADING_STARTED", "event.NOTICE");
        return keys;
    }
}
