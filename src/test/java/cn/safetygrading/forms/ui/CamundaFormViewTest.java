package cn.safetygrading.forms.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.FormDefinition;
import cn.safetygrading.forms.model.FormMessages;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.Option;
import cn.safetygrading.forms.model.TestFiles;
import cn.safetygrading.forms.model.TestForms;
import cn.safetygrading.forms.model.UploadedFile;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The renderer with Karibu-Testing on a bare mock Vaadin (no Spring context), in Chinese. */
class CamundaFormViewTest {

    private static final String I18N_PROVIDER = "vaadin.i18n.provider";

    private static final Map<String, Object> REVIEW_TASK = Map.of(
            "enterpriseName",
            "威海环翠海鑫食品有限公司",
            "uscc",
            "91371002MA31000019",
            "enterpriseClass",
            "II",
            "previousGrade",
            "B",
            "selfScore",
            85,
            "vetoFailed",
            false,
            "mandatoryMissing",
            true,
            "diagnosedGrade",
            "B");

    @BeforeAll
    static void useTheApplicationsBundles() {
        System.setProperty(I18N_PROVIDER, Translations.class.getName());
    }

    @AfterAll
    static void forgetTheBundles() {
        System.clearProperty(I18N_PROVIDER);
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private static CamundaFormView show(FormDefinition form, Map<String, ?> variables) {
        return show(form, variables, FormOptions.defaults());
    }

    private static CamundaFormView show(FormDefinition form, Map<String, ?> variables, FormOptions options) {
        CamundaFormView view = new CamundaFormView(form, variables, options);
        UI.getCurrent().add(view);
        return view;
    }

    private static <T extends Component> T field(CamundaFormView view, String key, Class<T> type) {
        return type.cast(view.field(key).orElseThrow(() -> new AssertionError("no field " + key)));
    }

    private static Option option(FormDefinition form, String key, Object value) {
        return FormValidator.option(form.input(key).orElseThrow(), value).orElseThrow();
    }

    /** What the server would say about this view's submission. */
    private static List<FieldError> serverSays(CamundaFormView view, Map<String, ?> variables, FileRules rules) {
        Map<String, Object> submitted = new LinkedHashMap<>(view.values());
        submitted.putAll(view.files());
        return FormValidator.validate(view.form(), submitted, variables, rules);
    }

    // ---------------------------------------------------------------- rendering

    @Test
    void eachComponentTypeRendersToItsVaadinComponent() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        assertThat(view.field("name")).get().isInstanceOf(TextField.class);
        assertThat(view.field("note")).get().isInstanceOf(TextArea.class);
        assertThat(view.field("score")).get().isInstanceOf(NumberField.class);
        assertThat(view.field("grade")).get().isInstanceOf(Select.class);
        assertThat(view.field("region")).get().isInstanceOf(ComboBox.class);
        assertThat(view.field("upheld")).get().isInstanceOf(RadioButtonGroup.class);
        assertThat(view.field("agree")).get().isInstanceOf(Checkbox.class);
        assertThat(view.field("items")).get().isInstanceOf(CheckboxGroup.class);
        assertThat(view.field("due")).get().isInstanceOf(DatePicker.class);
        assertThat(view.field("files")).get().isInstanceOf(Upload.class);
        assertThat(view.field("address.street")).get().isInstanceOf(TextField.class);
        assertThat(_get(H3.class).getText()).isEqualTo("标题");
        assertThat(_find(H4.class)).extracting(H4::getText).containsExactly("地址", "人员");
        assertThat(_find(view, TextField.class, spec -> spec.withLabel("姓名"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withText("添加一项"))).isNotNull();
    }

    @Test
    void readOnlyFieldsAreNotTabStops() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        assertThat(field(view, "fixed", TextField.class).getElement().getAttribute("tabindex"))
                .isEqualTo("-1");
        assertThat(field(view, "name", TextField.class).getElement().hasAttribute("tabindex"))
                .isFalse();
    }

    @Test
    void labelsDescriptionsAndRulesComeFromTheForm() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        TextField name = field(view, "name", TextField.class);
        assertThat(name.getLabel()).isEqualTo("名称");
        assertThat(name.getHelperText()).isEqualTo("填写全称");
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(name.getMaxLength()).isEqualTo(10);
        assertThat(field(view, "due", DatePicker.class).getLabel()).isEqualTo("整改期限");
        assertThat(field(view, "due", DatePicker.class).getI18n().getMonthNames())
                .startsWith("一月");
        NumberField score = field(view, "score", NumberField.class);
        assertThat(score.getMin()).isEqualTo(0);
        assertThat(score.getMax()).isEqualTo(100);
        Upload files = field(view, "files", Upload.class);
        assertThat(files.getAcceptedFileTypes()).containsExactly(".pdf", ".png");
        assertThat(files.getMaxFiles()).isEqualTo(10);
        assertThat(files.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(files.getI18n().getError().getFileIsTooBig()).isEqualTo("文件超过 20 MB 的上限");
        assertThat(field(view, "fixed", TextField.class).isReadOnly()).isTrue();
        assertThat(field(view, "off", TextField.class).isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Select<Option> grade = field(view, "grade", Select.class);
        assertThat(grade.getListDataView().getItems()).extracting(Option::label).containsExactly("A 级", "B 级");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.safetygrading.forms.model.FormDefinitionTest#shippedForms")
    void everyShippedFormRendersAndChecksLikeTheServer(Path file) throws IOException {
        FormDefinition form = FormDefinition.parse(Files.readString(file));
        CamundaFormView view = show(form, REVIEW_TASK);
        assertThat(view.validate()).isEqualTo(serverSays(view, REVIEW_TASK, FileRules.DEFAULT));
    }

    // ---------------------------------------------------------------- values

    @Test
    void theTasksVariablesFillTheFields() {
        CamundaFormView view = show(TestForms.shipped("preliminary-review"), REVIEW_TASK);
        TextField uscc = field(view, "uscc", TextField.class);
        assertThat(uscc.getValue()).isEqualTo("91371002MA31000019");
        assertThat(uscc.isReadOnly()).isTrue();
        assertThat(field(view, "selfScore", NumberField.class).getValue()).isEqualTo(85.0);
        assertThat(field(view, "mandatoryMissing", Checkbox.class).getValue()).isTrue();
        assertThat(field(view, "vetoFailed", Checkbox.class).getValue()).isFalse();
        assertThat(field(view, "reviewDecision", RadioButtonGroup.class).getValue())
                .isNull();
        assertThat(field(view, "reviewDecision", RadioButtonGroup.class).isReadOnly())
                .isFalse();
    }

    @Test
    void theProposedGradeShowsOnlyWhenTheReviewApproves() {
        FormDefinition form = TestForms.shipped("preliminary-review");
        CamundaFormView view = show(form, REVIEW_TASK);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> decision = field(view, "reviewDecision", RadioButtonGroup.class);
        Component grade = view.field("proposedGrade").orElseThrow();
        assertThat(grade.isVisible()).isFalse();

        _setValue(decision, option(form, "reviewDecision", "APPROVE"), true);
        assertThat(grade.isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        Select<Option> proposed = (Select<Option>) grade;
        _setValue(proposed, option(form, "proposedGrade", "B"), true);
        assertThat(view.values())
                .containsOnlyKeys("reviewDecision", "proposedGrade", "reviewComment")
                .containsEntry("reviewDecision", "APPROVE")
                .containsEntry("proposedGrade", "B")
                .containsEntry("reviewComment", null);
        assertThat(view.validate()).isEmpty();

        _setValue(decision, option(form, "reviewDecision", "RETURN"), true);
        assertThat(grade.isVisible()).isFalse();
        _setValue(field(view, "reviewComment", TextArea.class), "缺评估登记表", true);
        // a return also names the items to correct (none ticked here)
        assertThat(view.values())
                .containsOnlyKeys("reviewDecision", "returnItems", "reviewComment")
                .containsEntry("reviewDecision", "RETURN")
                .containsEntry("returnItems", null)
                .containsEntry("reviewComment", "缺评估登记表");
        assertThat(view.validate()).isEqualTo(serverSays(view, REVIEW_TASK, FileRules.DEFAULT));
        assertThat(view.validate()).isEmpty();
    }

    @Test
    void readOnlyDisabledAndHiddenFieldsAreNotSubmitted() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of("fixed", "系统值", "off", "停用值", "reasonB", "旧理由"));
        assertThat(field(view, "fixed", TextField.class).getValue()).isEqualTo("系统值");
        assertThat(view.field("reasonB").orElseThrow().isVisible()).isFalse();
        assertThat(view.values()).doesNotContainKeys("fixed", "off", "reasonB", "files");
        assertThat(show(TestForms.shipped("preliminary-review"), REVIEW_TASK).values())
                .containsOnlyKeys("reviewDecision", "reviewComment");
    }

    @Test
    @SuppressWarnings("unchecked")
    void valuesComeBackWithTheirTypesAndRoundTrip() {
        FormDefinition form = TestForms.allTypes();
        CamundaFormView view = show(form, Map.of("address", Map.of("zip", "264200", "note", "not in the form")));
        _setValue(field(view, "name", TextField.class), "威海海鑫", true);
        _setValue(field(view, "code", TextField.class), "91371002MA31000019", true);
        _setValue(field(view, "note", TextArea.class), "无", true);
        _setValue(field(view, "score", NumberField.class), 85.5, true);
        _setValue(field(view, "count", NumberField.class), 12.0, true);
        _setValue(field(view, "grade", Select.class), option(form, "grade", "B"), true);
        _setValue(field(view, "reasonB", TextField.class), "整改到位", true);
        _setValue(field(view, "region", ComboBox.class), option(form, "region", "371003"), true);
        _setValue(field(view, "upheld", RadioButtonGroup.class), option(form, "upheld", false), true);
        _setValue(field(view, "level", RadioButtonGroup.class), option(form, "level", 2L), true);
        _setValue(field(view, "agree", Checkbox.class), true, true);
        _setValue(
                field(view, "items", CheckboxGroup.class),
                Set.of(option(form, "items", "POWER"), option(form, "items", "FIRE")),
                true);
        _setValue(field(view, "due", DatePicker.class), LocalDate.of(2025, 6, 30), true);
        _setValue(field(view, "address.street", TextField.class), "新威路 1 号", true);
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("姓名")), "张三", true);

        Map<String, Object> values = view.values();
        assertThat(values)
                .containsEntry("name", "威海海鑫")
                .containsEntry("score", 85.5)
                .containsEntry("count", 12L)
                .containsEntry("grade", "B")
                .containsEntry("reasonB", "整改到位")
                .containsEntry("region", "371003")
                .containsEntry("upheld", false)
                .containsEntry("level", 2L)
                .containsEntry("agree", true)
                .containsEntry("items", List.of("FIRE", "POWER"))
                .containsEntry("due", "2025-06-30");
        assertThat(values.get("count")).isInstanceOf(Long.class);
        assertThat(values.get("score")).isInstanceOf(Double.class);
        assertThat(values.get("upheld")).isInstanceOf(Boolean.class);
        assertThat((Map<String, Object>) values.get("address"))
                .isEqualTo(Map.of("zip", "264200", "note", "not in the form", "street", "新威路 1 号"));
        assertThat((List<Map<String, Object>>) values.get("members"))
                .containsExactly(Map.of("name", "张三", "lead", false));
        assertThat(view.validate()).isEmpty();

        CamundaFormView again = show(form, values);
        assertThat(again.values()).isEqualTo(values);
    }

    @Test
    void anEmptyNumberOrTextIsNull() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        assertThat(view.values())
                .containsEntry("name", null)
                .containsEntry("score", null)
                .containsEntry("agree", false)
                .containsEntry("items", List.of())
                .containsEntry("due", null)
                .containsEntry("grade", null);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void requiredFieldsAreReportedAndShownInChinese() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        TextField name = field(view, "name", TextField.class);
        assertThat(name.isInvalid())
                .as("untouched fields show no error before validate()")
                .isFalse();
        List<FieldError> errors = view.validate();
        assertThat(errors).extracting(FieldError::key).containsExactly("name", "score", "agree", "members[0].name");
        assertThat(errors).extracting(FieldError::messageKey).containsOnly(FormMessages.REQUIRED);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(field(view, "agree", Checkbox.class).getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(_get(view, TextField.class, spec -> spec.withLabel("姓名")).getErrorMessage())
                .isEqualTo("此项为必填项");
        assertThat(view.message(errors.get(0))).isEqualTo("此项为必填项");
    }

    @Test
    void rulesAreCheckedAsTheUserTypes() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        TextField name = field(view, "name", TextField.class);
        _setValue(name, "海", true);
        assertThat(name.getErrorMessage()).isEqualTo("至少 2 个字");
        _setValue(name, "威海海鑫食品有限公司分公司", true);
        assertThat(name.getErrorMessage()).isEqualTo("最多 10 个字");
        _setValue(name, "威海海鑫", true);
        assertThat(name.isInvalid()).isFalse();

        TextField code = field(view, "code", TextField.class);
        _setValue(code, "abc", true);
        assertThat(code.getErrorMessage()).isEqualTo("格式不正确");

        NumberField score = field(view, "score", NumberField.class);
        _setValue(score, 101.0, true);
        assertThat(score.getErrorMessage()).isEqualTo("不能大于 100");
        _setValue(score, -1.0, true);
        assertThat(score.getErrorMessage()).isEqualTo("不能小于 0");
        _setValue(score, 85.25, true);
        assertThat(score.getErrorMessage()).isEqualTo("最多保留 1 位小数");

        TextArea note = field(view, "note", TextArea.class);
        _setValue(note, "字".repeat(21), true);
        assertThat(note.getErrorMessage()).isEqualTo("最多 20 个字");

        assertThat(view.validate()).isEqualTo(serverSays(view, Map.of(), FileRules.DEFAULT));
    }

    @Test
    void inputThatIsNotANumberIsReportedInsteadOfMissing() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        NumberField score = field(view, "score", NumberField.class);
        score.getElement().setProperty("_inputElementValue", "八十五");
        _fireDomEvent(score, "unparsable-change");
        List<FieldError> errors = view.validate();
        assertThat(errors)
                .filteredOn(e -> e.key().equals("score"))
                .containsExactly(new FieldError("score", FormMessages.NUMBER_INVALID));
        assertThat(score.getErrorMessage()).isEqualTo("请输入有效的数字");
    }

    @Test
    void theUiAndThePureValidatorAgree() {
        FormDefinition form = TestForms.allTypes();
        CamundaFormView view = show(form, Map.of("fixed", "x"));
        _setValue(field(view, "name", TextField.class), "海", true);
        _setValue(field(view, "score", NumberField.class), 120.0, true);
        _setValue(field(view, "count", NumberField.class), 2.5, true);
        _setValue(field(view, "grade", Select.class), option(form, "grade", "B"), true);
        _click(_get(Button.class, spec -> spec.withText("添加一项")));
        List<FieldError> ui = view.validate();
        assertThat(ui).isEqualTo(serverSays(view, Map.of("fixed", "x"), FileRules.DEFAULT));
        assertThat(ui)
                .extracting(FieldError::key)
                .containsExactly("name", "score", "count", "agree", "reasonB", "members[0].name", "members[1].name");
    }

    // ---------------------------------------------------------------- files

    @Test
    void anAcceptedFileIsKeptApartFromTheValues() {
        CamundaFormView view = show(TestForms.shipped("self-assessment"), Map.of());
        Upload upload = field(view, "report", Upload.class);
        _upload(upload, "自评报告.pdf", "application/pdf", TestFiles.PDF);
        _upload(upload, "现场照片.png", "image/png", TestFiles.PNG);
        assertThat(view.files().get("report"))
                .extracting(UploadedFile::fileName)
                .containsExactly("自评报告.pdf", "现场照片.png");
        assertThat(view.files().get("report").get(0).bytes()).isEqualTo(TestFiles.PDF);
        assertThat(view.values()).doesNotContainKey("report");
        assertThat(view.validate()).isEmpty();

        _click(_find(view, Button.class, spec -> spec.withText("移除")).get(0));
        assertThat(view.files().get("report"))
                .extracting(UploadedFile::fileName)
                .containsExactly("现场照片.png");
    }

    @Test
    void anExecutableIsRefusedWhateverItIsCalledAndWhateverAcceptSays() {
        FormDefinition form = TestForms.withComponents("""
                {"type": "filepicker", "id": "Field_any", "key": "evidence", "label": "证据", "accept": ".exe,.pdf", "multiple": true}
                """);
        CamundaFormView view = show(form, Map.of());
        Upload upload = field(view, "evidence", Upload.class);
        assertThat(upload.getAcceptedFileTypes()).containsExactly(".pdf");
        _upload(upload, "setup.exe", "application/x-msdownload", TestFiles.EXE);
        _upload(upload, "说明.pdf", "application/pdf", TestFiles.EXE);
        assertThat(view.files().get("evidence")).isEmpty();
        assertThat(_get(view, Span.class, spec -> spec.withClasses("camunda-form-error"))
                        .getText())
                .isEqualTo("文件“说明.pdf”是可执行文件、脚本或网页，不能上传");
        _upload(upload, "说明.pdf", "application/pdf", TestFiles.PDF);
        assertThat(view.files().get("evidence")).hasSize(1);
        assertThat(_get(view, Span.class, spec -> spec.withClasses("camunda-form-error"))
                        .getText())
                .isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        FormOptions small = FormOptions.defaults().withFiles(FileRules.DEFAULT.withMaxFileSize(1024));
        CamundaFormView view = show(TestForms.shipped("self-assessment"), Map.of(), small);
        Upload upload = field(view, "report", Upload.class);
        assertThat(upload.getMaxFileSize()).isEqualTo(1024);
        assertThat(UploadKt.get_handler(upload).getFileSizeMax()).isEqualTo(1024);
        assertThat(UploadKt.get_handler(upload).getRequestSizeMax()).isBetween(1024L, 1024L + 64 * 1024);
        _upload(upload, "大报告.pdf", "application/pdf", TestFiles.pdfOfSize(2048));
        assertThat(view.files().get("report")).isEmpty();
        assertThat(_get(view, Span.class, spec -> spec.withClasses("camunda-form-error"))
                        .getText())
                .isEqualTo("文件“大报告.pdf”超过了 1 KB 的上限");
    }

    @Test
    void aTypeOutsideAcceptIsRefused() {
        CamundaFormView view = show(TestForms.shipped("self-assessment"), Map.of());
        _upload(field(view, "report", Upload.class), "notes.txt", "text/plain", "hello".getBytes());
        assertThat(view.files().get("report")).isEmpty();
        assertThat(_get(view, Span.class, spec -> spec.withClasses("camunda-form-error"))
                        .getText())
                .startsWith("文件“notes.txt”的类型不在允许之列");
    }

    @Test
    void aFileTheBrowserRefusesIsNamedWithTheReason() {
        CamundaFormView view = show(TestForms.shipped("self-assessment"), Map.of());
        Upload upload = field(view, "report", Upload.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                upload, new com.vaadin.flow.component.upload.FileRejectedEvent(upload, "不允许的文件类型", "setup.exe"));
        assertThat(view.files().get("report")).isEmpty();
        assertThat(_get(view, Span.class, spec -> spec.withClasses("camunda-form-error"))
                        .getText())
                .isEqualTo("文件“setup.exe”未被接收：不允许的文件类型");
    }

    // ---------------------------------------------------------------- text

    @Test
    void markdownTextRendersNoHtmlFromTheForm() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        Paragraph paragraph = _get(view, Paragraph.class);
        assertThat(paragraph.getElement().getTextRecursively()).isEqualTo("正文 加粗 <script>alert(1)</script>");
        assertThat(tags(view.getElement())).doesNotContain("script").contains("strong", "h3", "p");
        assertThat(paragraph
                        .getElement()
                        .getChildren()
                        .filter(e -> !e.isTextNode() && e.getTag().equals("strong"))
                        .map(Element::getText))
                .containsExactly("加粗");
    }

    @Test
    void theShippedIntroductionsRenderAsHeadingAndParagraph() {
        show(TestForms.shipped("preliminary-review"), REVIEW_TASK);
        assertThat(_get(H3.class).getText()).isEqualTo("初审");
        assertThat(_get(Paragraph.class).getElement().getTextRecursively()).startsWith("先查必备项和否决项");
    }

    private static List<String> tags(Element root) {
        List<String> tags = new ArrayList<>();
        if (root.isTextNode()) {
            return tags;
        }
        tags.add(root.getTag());
        root.getChildren().forEach(child -> tags.addAll(tags(child)));
        return tags;
    }

    // ---------------------------------------------------------------- lists

    @Test
    void dynamicListsAddAndRemoveItems() {
        CamundaFormView view = show(TestForms.allTypes(), Map.of());
        assertThat(_find(view, TextField.class, spec -> spec.withLabel("姓名"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("添加一项")));
        List<TextField> names = _find(view, TextField.class, spec -> spec.withLabel("姓名"));
        assertThat(names).hasSize(2);
        _setValue(names.get(1), "李四", true);
        assertThat(members(view)).extracting(m -> m.get("name")).containsExactly(null, "李四");
        _click(_find(view, Button.class, spec -> spec.withText("删除此项")).get(0));
        assertThat(members(view)).extracting(m -> m.get("name")).containsExactly("李四");
    }

    @Test
    void listItemsComeFromTheVariablesAndHaveTheirOwnConditions() {
        Map<String, Object> lead = new HashMap<>(Map.of("name", "张三", "lead", true, "phone", "0631-1234567"));
        Map<String, Object> other = new HashMap<>(Map.of("name", "李四", "phone", "stale"));
        CamundaFormView view = show(TestForms.allTypes(), Map.of("members", List.of(lead, other)));
        List<TextField> phones = new ArrayList<>();
        _find(view, TextField.class, spec -> spec.withLabel("电话")).forEach(phones::add);
        assertThat(phones).hasSize(1).extracting(TextField::getValue).containsExactly("0631-1234567");
        assertThat(members(view))
                .containsExactly(
                        Map.of("name", "张三", "lead", true, "phone", "0631-1234567"),
                        Map.of("name", "李四", "lead", false));
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void theViewSurvivesSessionSerialization() throws Exception {
        FormDefinition form = TestForms.allTypes();
        CamundaFormView view = show(form, Map.of("name", "威海海鑫"));
        _upload(field(view, "files", Upload.class), "自评报告.pdf", "application/pdf", TestFiles.PDF);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(view);
        }
        try (java.io.ObjectInputStream in =
                new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            CamundaFormView copy = (CamundaFormView) in.readObject();
            assertThat(copy.form()).isEqualTo(form);
            assertThat(copy.files().get("files"))
                    .extracting(UploadedFile::fileName)
                    .containsExactly("自评报告.pdf");
            assertThat(copy.values()).isEqualTo(view.values());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(CamundaFormView view) {
        return (List<Map<String, Object>>) view.values().get("members");
    }
}
