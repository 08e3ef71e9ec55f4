package cn.safetygrading.forms.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shipped forms, and one test form with every supported component type. */
public final class TestForms {

    public static final String ALL_TYPES = """
            {"id": "all-types", "type": "default", "schemaVersion": 16, "components": [
              {"type": "text", "id": "Text_intro", "text": "### 标题\\n正文 **加粗** <script>alert(1)</script>"},
              {"type": "textfield", "id": "Field_name", "key": "name", "label": "名称", "description": "填写全称",
               "validate": {"required": true, "minLength": 2, "maxLength": 10}},
              {"type": "textfield", "id": "Field_code", "key": "code", "label": "代码", "validate": {"pattern": "[0-9A-Z]{18}"}},
              {"type": "textarea", "id": "Field_note", "key": "note", "label": "说明", "validate": {"maxLength": 20}},
              {"type": "number", "id": "Field_score", "key": "score", "label": "得分", "decimalDigits": 1,
               "validate": {"required": true, "min": 0, "max": 100}},
              {"type": "number", "id": "Field_count", "key": "count", "label": "人数", "decimalDigits": 0},
              {"type": "select", "id": "Field_grade", "key": "grade", "label": "等级",
               "values": [{"label": "A 级", "value": "A"}, {"label": "B 级", "value": "B"}]},
              {"type": "select", "id": "Field_region", "key": "region", "label": "区县", "searchable": true,
               "values": [{"label": "环翠区", "value": "371002"}, {"label": "文登区", "value": "371003"}]},
              {"type": "radio", "id": "Field_upheld", "key": "upheld", "label": "结论",
               "values": [{"label": "成立", "value": true}, {"label": "不成立", "value": false}]},
              {"type": "radio", "id": "Field_level", "key": "level", "label": "标准化等级",
               "values": [{"label": "一级", "value": 1}, {"label": "二级", "value": 2}]},
              {"type": "checkbox", "id": "Field_agree", "key": "agree", "label": "确认无误", "validate": {"required": true}},
              {"type": "checklist", "id": "Field_items", "key": "items", "label": "检查项",
               "values": [{"label": "消防", "value": "FIRE"}, {"label": "用电", "value": "POWER"}]},
              {"type": "datetime", "id": "Field_due", "key": "due", "subtype": "date", "dateLabel": "整改期限"},
              {"type": "filepicker", "id": "Field_files", "key": "files", "label": "附件", "accept": ".pdf,.png", "multiple": true},
              {"type": "textfield", "id": "Field_fixed", "key": "fixed", "label": "只读", "readonly": true},
              {"type": "textfield", "id": "Field_off", "key": "off", "label": "停用", "disabled": true},
              {"type": "textfield", "id": "Field_reasonB", "key": "reasonB", "label": "B 级理由",
               "conditional": {"hide": "=grade != \\"B\\""}, "validate": {"required": true}},
              {"type": "group", "id": "Group_address", "label": "地址", "path": "address", "components": [
                {"type": "textfield", "id": "Field_street", "key": "street", "label": "街道"},
                {"type": "textfield", "id": "Field_zip", "key": "zip", "label": "邮编", "readonly": true}]},
              {"type": "dynamiclist", "id": "List_members", "label": "人员", "path": "members", "defaultRepetitions": 1,
               "components": [
                {"type": "textfield", "id": "Field_member", "key": "name", "label": "姓名", "validate": {"required": true}},
                {"type": "checkbox", "id": "Field_lead", "key": "lead", "label": "负责人"},
                {"type": "textfield", "id": "Field_phone", "key": "phone", "label": "电话", "conditional": {"hide": "=not(lead)"}}]}
            ]}
            """;

    private TestForms() {}

    public static FormDefinition shipped(String id) {
        try {
            return FormDefinition.parse(Files.readString(Path.of("forms", id + ".form")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FormDefinition allTypes() {
        return FormDefinition.parse(ALL_TYPES);
    }

    /** A submission of the all-types form that passes every rule. */
    public static Map<String, Object> validAllTypes() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", "威海海鑫");
        v.put("code", "91371002MA31000019");
        v.put("note", "无");
        v.put("score", 85.5);
        v.put("count", 12L);
        v.put("grade", "A");
        v.put("region", "371002");
        v.put("upheld", true);
        v.put("level", 1L);
        v.put("agree", true);
        v.put("items", new ArrayList<>(List.of("FIRE")));
        v.put("due", LocalDate.of(2025, 6, 30).toString());
        v.put("files", List.of(TestFiles.pdf("报告.pdf")));
        v.put("address", new LinkedHashMap<>(Map.of("street", "新威路 1 号")));
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", "张三");
        member.put("lead", true);
        member.put("phone", "0631-1234567");
        v.put("members", new ArrayList<>(List.of(member)));
        return v;
    }

    /** A form of these components (JSON objects, comma-separated). */
    public static FormDefinition withComponents(String components) {
        return FormDefinition.parse("{\"id\": \"test\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": ["
                + components + "]}");
    }
}
