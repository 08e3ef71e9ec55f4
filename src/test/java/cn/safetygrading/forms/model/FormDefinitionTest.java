package cn.safetygrading.forms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormDefinitionTest {

    static Stream<Path> shippedForms() throws IOException {
        return Files.list(Path.of("forms"))
                .filter(p -> p.toString().endsWith(".form"))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedForms")
    void everyShippedFormParses(Path file) throws IOException {
        FormDefinition form = FormDefinition.parse(Files.readString(file));
        assertThat(form.id()).isEqualTo(file.getFileName().toString().replace(".form", ""));
        assertThat(form.schemaVersion()).isEqualTo(16);
        assertThat(form.inputs()).isNotEmpty();
    }

    @Test
    void everyUserTaskHasItsShippedForm() throws IOException {
        assertThat(shippedForms().map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder(
                        "self-assessment.form",
                        "preliminary-review.form",
                        "department-diagnosis.form",
                        "spot-check.form",
                        "objection-review.form",
                        "look-back.form",
                        "hazard-rectify.form",
                        "hazard-verify.form",
                        "hazard-supervise.form",
                        "inspection-record.form",
                        "rectification-order.form",
                        "inspection-recheck.form",
                        "stationing-assignment.form",
                        "stationing-report.form",
                        "supervision-consultation.form",
                        "supervision-duty.form",
                        "supervision-problem-verify.form",
                        "supervision-problem.form",
                        "confirm-adjustment.form");
    }

    @Test
    void preliminaryReviewIsReadAsWritten() throws IOException {
        FormDefinition form = FormDefinition.parse(Files.readString(Path.of("forms/preliminary-review.form")));
        assertThat(form.components().get(0).type()).isEqualTo(ComponentType.TEXT);
        assertThat(form.components().get(0).text()).startsWith("### 初审");

        FormComponent uscc = form.input("uscc").orElseThrow();
        assertThat(uscc.type()).isEqualTo(ComponentType.TEXTFIELD);
        assertThat(uscc.readonly()).isTrue();
        assertThat(uscc.label()).isEqualTo("统一社会信用代码");

        FormComponent decision = form.input("reviewDecision").orElseThrow();
        assertThat(decision.type()).isEqualTo(ComponentType.RADIO);
        assertThat(decision.required()).isTrue();
        assertThat(decision.values()).containsExactly(new Option("通过", "APPROVE"), new Option("退回补正", "RETURN"));

        FormComponent proposed = form.input("proposedGrade").orElseThrow();
        assertThat(proposed.type()).isEqualTo(ComponentType.SELECT);
        assertThat(proposed.hide().source()).isEqualTo("=reviewDecision != \"APPROVE\"");
        assertThat(proposed.values()).extracting(Option::value).containsExactly("A", "B", "C", "D");

        assertThat(form.input("reviewComment").orElseThrow().validate().maxLength())
                .isEqualTo(2000);
    }

    @Test
    void optionValuesKeepTheirJsonType() throws IOException {
        FormDefinition form = FormDefinition.parse(Files.readString(Path.of("forms/objection-review.form")));
        assertThat(form.input("objectionUpheld").orElseThrow().values())
                .extracting(Option::value)
                .containsExactly(true, false);
        FormDefinition numbers = parse("""
                {"type": "radio", "id": "r", "key": "r", "values": [{"label": "one", "value": 1}, {"label": "half", "value": 0.5}]}
                """);
        assertThat(numbers.input("r").orElseThrow().values())
                .extracting(Option::value)
                .containsExactly(1L, 0.5d);
    }

    @Test
    void numberRulesAreRead() throws IOException {
        FormDefinition form = FormDefinition.parse(Files.readString(Path.of("forms/self-assessment.form")));
        FormComponent score = form.input("selfScore").orElseThrow();
        assertThat(score.validate().min()).isEqualByComparingTo("0");
        assertThat(score.validate().max()).isEqualByComparingTo("100");
        assertThat(score.decimalDigits()).isEqualTo(1);
        FormComponent report = form.input("report").orElseThrow();
        assertThat(report.type()).isEqualTo(ComponentType.FILEPICKER);
        assertThat(report.accept()).isEqualTo(".pdf,.doc,.docx,.xls,.xlsx,.jpg,.png");
        assertThat(report.multiple()).isTrue();
    }

    @Test
    void groupsAndDynamicListsNest() {
        FormDefinition form = parse("""
                {"type": "group", "id": "g", "label": "地址", "path": "address", "components": [
                  {"type": "textfield", "id": "street", "key": "street"}]},
                {"type": "dynamiclist", "id": "l", "path": "members", "defaultRepetitions": 2, "components": [
                  {"type": "textfield", "id": "name", "key": "name", "validate": {"required": true}},
                  {"type": "number", "id": "age", "key": "age", "increment": "1"}]}
                """);
        FormComponent group = form.components().get(0);
        assertThat(group.pathSegments()).containsExactly("address");
        assertThat(group.components()).extracting(FormComponent::key).containsExactly("street");
        FormComponent list = form.components().get(1);
        assertThat(list.type()).isEqualTo(ComponentType.DYNAMICLIST);
        assertThat(list.defaultRepetitions()).isEqualTo(2);
        assertThat(list.allowAddRemove()).isTrue();
        assertThat(list.components().get(1).increment()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(form.inputs()).extracting(FormComponent::key).containsExactly("street", "name", "age");
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of(
                        "{\"type\": \"slider\", \"id\": \"Field_x\", \"key\": \"x\"}",
                        "component 'Field_x' (slider): unknown component type 'slider'"),
                Arguments.of("{\"id\": \"Field_x\", \"key\": \"x\"}", "component 'Field_x': no \"type\""),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"conditional\": {\"hide\": \"=x ~ 1\"}}",
                        "component 'Field_x' (textfield): conditional.hide: cannot parse FEEL expression '=x ~ 1'"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"conditional\": {\"hide\": \"x = 1\"}}",
                        "conditional.hide must be a FEEL expression starting with '='"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"conditional\": {\"hide\": true}}",
                        "conditional.hide must be a FEEL expression"),
                Arguments.of("{\"type\": \"textfield\", \"id\": \"Field_x\"}", "an input needs a \"key\""),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"a b\"}", "is not a variable name"),
                Arguments.of(
                        "{\"type\": \"select\", \"id\": \"Field_x\", \"key\": \"x\", \"valuesKey\": \"options\"}",
                        "\"valuesKey\" (options from a variable or an expression) is not supported"),
                Arguments.of("{\"type\": \"select\", \"id\": \"Field_x\", \"key\": \"x\"}", "needs static \"values\""),
                Arguments.of(
                        "{\"type\": \"radio\", \"id\": \"Field_x\", \"key\": \"x\", \"values\": [{\"label\": \"a\", \"value\": \"a\"}, {\"label\": \"b\", \"value\": \"a\"}]}",
                        "listed twice"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"readonly\": \"=done\"}",
                        "\"readonly\" must be true or false (expressions are not supported)"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"validate\": {\"min\": 1}}",
                        "validate.min does not apply to a textfield"),
                Arguments.of(
                        "{\"type\": \"number\", \"id\": \"Field_x\", \"key\": \"x\", \"validate\": {\"maxLength\": 1}}",
                        "validate.maxLength does not apply to a number"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"validate\": {\"validationType\": \"email\"}}",
                        "validate.validationType is not supported"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"validate\": {\"pattern\": \"[a-\"}}",
                        "validate.pattern is not a valid regular expression"),
                Arguments.of(
                        "{\"type\": \"number\", \"id\": \"Field_x\", \"key\": \"x\", \"validate\": {\"min\": 5, \"max\": 1}}",
                        "validate.min is greater than validate.max"),
                Arguments.of(
                        "{\"type\": \"datetime\", \"id\": \"Field_x\", \"key\": \"x\", \"subtype\": \"datetime\"}",
                        "datetime subtype 'datetime' is not supported"),
                Arguments.of(
                        "{\"type\": \"number\", \"id\": \"Field_x\", \"key\": \"x\", \"serializeToString\": true}",
                        "\"serializeToString\" is not supported"),
                Arguments.of("{\"type\": \"text\", \"id\": \"Text_x\", \"text\": \"Hello {{name}}\"}", "templating"),
                Arguments.of(
                        "{\"type\": \"text\", \"id\": \"Text_x\", \"text\": \"=name\"}",
                        "text given as a FEEL expression"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"Field_x\", \"key\": \"x\", \"label\": \"=label\"}",
                        "an expression or template in \"label\" is not supported"),
                Arguments.of(
                        "{\"type\": \"checkbox\", \"id\": \"Field_x\", \"key\": \"x\", \"defaultValue\": \"yes\"}",
                        "\"defaultValue\" \"yes\" does not fit a checkbox"),
                Arguments.of(
                        "{\"type\": \"dynamiclist\", \"id\": \"l\", \"components\": []}",
                        "a dynamiclist needs a \"path\""),
                Arguments.of(
                        "{\"type\": \"dynamiclist\", \"id\": \"l\", \"path\": \"xs\", \"components\": [{\"type\": \"filepicker\", \"id\": \"f\", \"key\": \"f\"}]}",
                        "a filepicker inside a dynamiclist is not supported"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"a\", \"key\": \"x\"}, {\"type\": \"textfield\", \"id\": \"b\", \"key\": \"x\"}",
                        "components 'a' and 'b' both bind 'x'"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"a\", \"key\": \"x\"}, {\"type\": \"group\", \"id\": \"g\", \"path\": \"x\", \"components\": [{\"type\": \"textfield\", \"id\": \"b\", \"key\": \"y\"}]}",
                        "components 'a' and 'b' both bind 'x'"),
                Arguments.of(
                        "{\"type\": \"textfield\", \"id\": \"a\", \"key\": \"x\"}, {\"type\": \"textarea\", \"id\": \"a\", \"key\": \"y\"}",
                        "component 'a' (textarea): the id is used twice"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rejected")
    void whatCannotBeRenderedFaithfullyFailsAtParseTime(String components, String message) {
        assertThatThrownBy(() -> parse(components))
                .isInstanceOf(FormParseException.class)
                .hasMessageStartingWith("form 'test': ")
                .hasMessageContaining(message);
    }

    @Test
    void brokenJsonAndNewerSchemasFail() {
        assertThatThrownBy(() -> FormDefinition.parse("{\"id\": \"x\", "))
                .isInstanceOf(FormParseException.class)
                .hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> FormDefinition.parse("{\"id\": \"x\", \"id\": \"y\"}"))
                .isInstanceOf(FormParseException.class)
                .hasMessageContaining("Duplicate field 'id'");
        assertThatThrownBy(() -> FormDefinition.parse("{\"id\": \"x\", \"schemaVersion\": 17, \"components\": []}"))
                .hasMessageContaining("schemaVersion 17 is newer than this renderer knows (16)");
        assertThatThrownBy(() -> FormDefinition.parse("{\"id\": \"x\", \"schemaVersion\": 16}"))
                .hasMessageContaining("no \"components\" array");
        assertThatThrownBy(() -> FormDefinition.parse("[]")).hasMessageContaining("not an object");
    }

    @Test
    void formsParsedTwiceAreEqual() throws IOException {
        for (Path file : shippedForms().toList()) {
            assertThat(FormDefinition.parse(Files.readString(file)))
                    .isEqualTo(FormDefinition.parse(Files.readString(file)));
        }
        assertThat(TestForms.allTypes()).isEqualTo(TestForms.allTypes()).hasSameHashCodeAs(TestForms.allTypes());
    }

    @Test
    void presentationalPropertiesAreIgnored() {
        FormDefinition form = parse("""
                {"type": "textfield", "id": "x", "key": "x", "layout": {"row": "Row_1", "columns": 8},
                 "properties": {"custom": "1"}, "appearance": {"prefixAdorner": "¥"}}
                """);
        assertThat(form.inputs()).hasSize(1);
    }

    static FormDefinition parse(String components) {
        return FormDefinition.parse("{\"id\": \"test\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": ["
                + components + "]}");
    }

    static List<String> keys(FormDefinition form) {
        return form.inputs().stream().map(FormComponent::key).toList();
    }
}
