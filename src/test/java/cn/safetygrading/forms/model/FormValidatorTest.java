package cn.safetygrading.forms.model;

import static cn.safetygrading.forms.model.FormMessages.DATE_INVALID;
import static cn.safetygrading.forms.model.FormMessages.DECIMAL_DIGITS;
import static cn.safetygrading.forms.model.FormMessages.FILE_BLOCKED;
import static cn.safetygrading.forms.model.FormMessages.FILE_TOO_LARGE;
import static cn.safetygrading.forms.model.FormMessages.FILE_TOO_MANY;
import static cn.safetygrading.forms.model.FormMessages.INTEGER;
import static cn.safetygrading.forms.model.FormMessages.INVALID_OPTION;
import static cn.safetygrading.forms.model.FormMessages.INVALID_TYPE;
import static cn.safetygrading.forms.model.FormMessages.MAX;
import static cn.safetygrading.forms.model.FormMessages.MAX_LENGTH;
import static cn.safetygrading.forms.model.FormMessages.MIN;
import static cn.safetygrading.forms.model.FormMessages.MIN_LENGTH;
import static cn.safetygrading.forms.model.FormMessages.NOT_EDITABLE;
import static cn.safetygrading.forms.model.FormMessages.NUMBER_INVALID;
import static cn.safetygrading.forms.model.FormMessages.PATTERN;
import static cn.safetygrading.forms.model.FormMessages.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormValidatorTest {

    private static final FormDefinition REVIEW = TestForms.shipped("preliminary-review");
    private static final FormDefinition ALL = TestForms.allTypes();

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<FieldError> all(Consumer<Map<String, Object>> change) {
        Map<String, Object> values = TestForms.validAllTypes();
        change.accept(values);
        return FormValidator.validate(ALL, values);
    }

    private static FieldError error(String key, String messageKey, Object... args) {
        return new FieldError(key, messageKey, args);
    }

    @Test
    void preliminaryReviewNeedsADecisionAndHidesTheGradeUntilApproved() {
        assertThat(FormValidator.validate(REVIEW, Map.of())).containsExactly(error("reviewDecision", REQUIRED));
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "RETURN", "reviewComment", "缺评估登记表")))
                .isEmpty();
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "APPROVE")))
                .containsExactly(error("proposedGrade", REQUIRED));
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "APPROVE", "proposedGrade", "B")))
                .isEmpty();
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "APPROVE", "proposedGrade", "E")))
                .containsExactly(error("proposedGrade", INVALID_OPTION));
    }

    @Test
    void aHiddenFieldMustNotBeSubmitted() {
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "RETURN", "proposedGrade", "A")))
                .containsExactly(error("proposedGrade", NOT_EDITABLE));
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "RETURN", "proposedGrade", null)))
                .isEmpty();
    }

    @Test
    void readOnlyFieldsMayBeEchoedButNotChanged() {
        Map<String, Object> task = map("uscc", "91371002MA31000019", "selfScore", 85);
        Map<String, Object> echoed = map("reviewDecision", "RETURN", "uscc", "91371002MA31000019", "selfScore", 85.0);
        assertThat(FormValidator.validate(REVIEW, echoed, task, FileRules.DEFAULT))
                .isEmpty();
        Map<String, Object> changed = map("reviewDecision", "RETURN", "uscc", "91371002MA31000019", "selfScore", 99);
        assertThat(FormValidator.validate(REVIEW, changed, task, FileRules.DEFAULT))
                .containsExactly(error("selfScore", NOT_EDITABLE));
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "RETURN", "vetoFailed", true)))
                .containsExactly(error("vetoFailed", NOT_EDITABLE));
    }

    @Test
    void conditionsSeeTheTaskVariablesUnderTheSubmission() {
        FormDefinition form = FormDefinitionTest.parse("""
                {"type": "checkbox", "id": "v", "key": "vetoFailed", "readonly": true},
                {"type": "textarea", "id": "r", "key": "vetoReason", "validate": {"required": true},
                 "conditional": {"hide": "=not(vetoFailed)"}}
                """);
        assertThat(FormValidator.validate(form, Map.of(), Map.of("vetoFailed", true), FileRules.DEFAULT))
                .containsExactly(error("vetoReason", REQUIRED));
        assertThat(FormValidator.validate(form, Map.of(), Map.of("vetoFailed", false), FileRules.DEFAULT))
                .isEmpty();
    }

    @Test
    void textLengthsCountCharactersWithoutSurroundingBlanks() {
        assertThat(FormValidator.validate(REVIEW, map("reviewDecision", "RETURN", "reviewComment", "字".repeat(2001))))
                .containsExactly(error("reviewComment", MAX_LENGTH, "2000"));
        assertThat(FormValidator.validate(
                        REVIEW, map("reviewDecision", "RETURN", "reviewComment", "  " + "字".repeat(2000) + "\n")))
                .isEmpty();
        assertThat(all(v -> v.put("name", "海"))).containsExactly(error("name", MIN_LENGTH, "2"));
        assertThat(all(v -> v.put("name", "  海  "))).containsExactly(error("name", MIN_LENGTH, "2"));
        assertThat(all(v -> v.put("name", "威海海鑫食品有限公司分公司"))).containsExactly(error("name", MAX_LENGTH, "10"));
    }

    @Test
    void requiredMeansSomethingWasGiven() {
        assertThat(all(v -> v.remove("name"))).containsExactly(error("name", REQUIRED));
        assertThat(all(v -> v.put("name", "   "))).containsExactly(error("name", REQUIRED));
        assertThat(all(v -> v.put("score", null))).containsExactly(error("score", REQUIRED));
        assertThat(all(v -> v.put("agree", false))).containsExactly(error("agree", REQUIRED));
    }

    @Test
    void patternsMatchTheWholeValue() {
        assertThat(all(v -> v.put("code", "abc"))).containsExactly(error("code", PATTERN, "[0-9A-Z]{18}"));
        assertThat(all(v -> v.put("code", "X91371002MA31000019")))
                .containsExactly(error("code", PATTERN, "[0-9A-Z]{18}"));
        assertThat(all(v -> v.put("code", null))).isEmpty();
    }

    @Test
    void numbers() {
        assertThat(all(v -> v.put("score", -1))).containsExactly(error("score", MIN, "0"));
        assertThat(all(v -> v.put("score", 100.5))).containsExactly(error("score", MAX, "100"));
        assertThat(all(v -> v.put("score", 100))).isEmpty();
        assertThat(all(v -> v.put("score", 0))).isEmpty();
        assertThat(all(v -> v.put("score", 85.55))).containsExactly(error("score", DECIMAL_DIGITS, "1"));
        assertThat(all(v -> v.put("score", new java.math.BigDecimal("85.50")))).isEmpty();
        assertThat(all(v -> v.put("score", "85"))).containsExactly(error("score", INVALID_TYPE));
        assertThat(all(v -> v.put("score", Double.NaN))).containsExactly(error("score", NUMBER_INVALID));
        assertThat(all(v -> v.put("count", 2.5))).containsExactly(error("count", INTEGER));
        assertThat(all(v -> v.put("count", 3.0))).isEmpty();
    }

    @Test
    void optionsAreComparedByValueAndType() {
        assertThat(all(v -> v.put("grade", "C"))).containsExactly(error("grade", INVALID_OPTION));
        assertThat(all(v -> v.put("level", 2))).isEmpty();
        assertThat(all(v -> v.put("level", 2.0))).isEmpty();
        assertThat(all(v -> v.put("level", "2"))).containsExactly(error("level", INVALID_OPTION));
        assertThat(all(v -> v.put("upheld", false))).isEmpty();
        assertThat(all(v -> v.put("upheld", "true"))).containsExactly(error("upheld", INVALID_OPTION));
        assertThat(all(v -> v.put("items", List.of("FIRE", "POWER")))).isEmpty();
        assertThat(all(v -> v.put("items", List.of("FIRE", "FLOOD")))).containsExactly(error("items", INVALID_OPTION));
        assertThat(all(v -> v.put("items", "FIRE"))).containsExactly(error("items", INVALID_TYPE));
        assertThat(all(v -> v.put("agree", "yes"))).containsExactly(error("agree", INVALID_TYPE));
        assertThat(all(v -> v.put("name", 42))).containsExactly(error("name", INVALID_TYPE));
    }

    @Test
    void objectionReviewTakesBooleans() {
        FormDefinition form = TestForms.shipped("objection-review");
        assertThat(FormValidator.validate(form, map("objectionUpheld", true, "objectionDecision", "异议成立")))
                .isEmpty();
        assertThat(FormValidator.validate(form, map("objectionUpheld", false, "objectionDecision", "不成立")))
                .isEmpty();
        assertThat(FormValidator.validate(form, map("objectionUpheld", "true", "objectionDecision", "x")))
                .containsExactly(error("objectionUpheld", INVALID_OPTION));
        assertThat(FormValidator.validate(form, Map.of()))
                .containsExactly(error("objectionUpheld", REQUIRED), error("objectionDecision", REQUIRED));
    }

    @Test
    void dates() {
        assertThat(all(v -> v.put("due", "2025-13-01"))).containsExactly(error("due", DATE_INVALID));
        assertThat(all(v -> v.put("due", "30/06/2025"))).containsExactly(error("due", DATE_INVALID));
        assertThat(all(v -> v.put("due", LocalDate.of(2025, 6, 30)))).isEmpty();
        assertThat(all(v -> v.put("due", new java.util.Date()))).containsExactly(error("due", INVALID_TYPE));
    }

    @Test
    void files() {
        assertThat(all(v -> v.put(
                        "files", List.of(TestFiles.file("setup.exe", "application/octet-stream", TestFiles.EXE)))))
                .containsExactly(error("files", FILE_BLOCKED, "setup.exe"));
        assertThat(all(v -> v.put("files", List.of(TestFiles.file("报告.pdf", "application/pdf", TestFiles.EXE)))))
                .containsExactly(error("files", FILE_BLOCKED, "报告.pdf"));
        List<UploadedFile> eleven = new ArrayList<>(Collections.nCopies(11, TestFiles.pdf("a.pdf")));
        assertThat(all(v -> v.put("files", eleven))).containsExactly(error("files", FILE_TOO_MANY, "10"));
        assertThat(all(v -> v.put("files", List.of("a.pdf")))).containsExactly(error("files", INVALID_TYPE));
        assertThat(all(v -> v.put("files", List.of()))).isEmpty();

        Map<String, Object> big = TestForms.validAllTypes();
        big.put("files", List.of(TestFiles.file("big.pdf", "application/pdf", TestFiles.pdfOfSize(2048))));
        assertThat(FormValidator.validate(ALL, big, Map.of(), FileRules.DEFAULT.withMaxFileSize(1024)))
                .containsExactly(error("files", FILE_TOO_LARGE, "big.pdf", "1 KB"));
    }

    @Test
    void aRequiredFilepickerNeedsAFile() {
        FormDefinition form = FormDefinitionTest.parse("""
                {"type": "filepicker", "id": "f", "key": "report", "accept": ".pdf", "validate": {"required": true}}
                """);
        assertThat(FormValidator.validate(form, Map.of())).containsExactly(error("report", REQUIRED));
        assertThat(FormValidator.validate(form, Map.of("report", List.of(TestFiles.pdf("a.pdf")))))
                .isEmpty();
        assertThat(FormValidator.validate(
                        form, Map.of("report", List.of(TestFiles.pdf("a.pdf"), TestFiles.pdf("b.pdf")))))
                .containsExactly(error("report", FILE_TOO_MANY, "1"));
    }

    @Test
    void conditionalRequiredFields() {
        assertThat(all(v -> v.put("grade", "B"))).containsExactly(error("reasonB", REQUIRED));
        assertThat(all(v -> {
                    v.put("grade", "B");
                    v.put("reasonB", "整改到位");
                }))
                .isEmpty();
        assertThat(all(v -> v.put("reasonB", "x"))).containsExactly(error("reasonB", NOT_EDITABLE));
    }

    @Test
    void groupsWithAPathValidateTheirMembers() {
        assertThat(all(v -> v.put("address", Map.of("street", 5))))
                .containsExactly(error("address.street", INVALID_TYPE));
        Map<String, Object> task = Map.of("address", Map.of("zip", "264200"));
        Map<String, Object> values = TestForms.validAllTypes();
        values.put("address", Map.of("street", "新威路", "zip", "264200"));
        assertThat(FormValidator.validate(ALL, values, task, FileRules.DEFAULT)).isEmpty();
        values.put("address", Map.of("street", "新威路", "zip", "000000"));
        assertThat(FormValidator.validate(ALL, values, task, FileRules.DEFAULT))
                .containsExactly(error("address.zip", NOT_EDITABLE));
    }

    @Test
    void dynamicListItemsAreValidatedOneByOne() {
        assertThat(all(v -> {
                    List<Object> members = new ArrayList<>();
                    members.add(map("name", "张三", "lead", true, "phone", "1"));
                    members.add(map("name", "", "lead", false));
                    members.add(map("name", "李四", "lead", false, "phone", "2"));
                    v.put("members", members);
                }))
                .containsExactly(error("members[1].name", REQUIRED), error("members[2].phone", NOT_EDITABLE));
        assertThat(all(v -> v.put("members", "张三"))).containsExactly(error("members", INVALID_TYPE));
        assertThat(all(v -> v.put("members", List.of("张三")))).containsExactly(error("members[0]", INVALID_TYPE));
        assertThat(all(v -> v.remove("members"))).isEmpty();
    }

    @Test
    void theValidSubmissionIsValid() {
        assertThat(FormValidator.validate(ALL, TestForms.validAllTypes())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyMessageKeyIsInTheFormBundle(String locale) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/form_" + locale + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(bundle.stringPropertyNames()).containsAll(FormMessages.ALL);
        assertThat(bundle.stringPropertyNames()).allMatch(k -> k.startsWith("form."));
    }
}
