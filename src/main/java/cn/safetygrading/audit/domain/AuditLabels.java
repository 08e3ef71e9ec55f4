package cn.safetygrading.audit.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Readable names for the log's codes (tables, columns, doors, kinds, reasons) from the audit
 * bundle, the code itself where the bundle has none (a column a later migration added), and the
 * changes of an entry as "column: before → after".
 */
public final class AuditLabels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONE = "—";

    private final ResourceBundle bundle;

    public AuditLabels(Locale locale) {
        Locale effective = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        this.bundle = ResourceBundle.getBundle("i18n/audit", effective, NO_FALLBACK);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String table(String table) {
        return label("audit.table.", table);
    }

    public String column(String column) {
        return label("audit.column.", column);
    }

    public String door(String door) {
        return door == null ? NONE : label("audit.door.", door);
    }

    public String kind(String kind) {
        return label("audit.kind.", kind);
    }

    public String source(AuditSource source) {
        return label("audit.source.", source.name());
    }

    /** A reason of a refused sign-in (the exception's simple name), or the engine's category. */
    public String detail(String detail) {
        return label("audit.reason.", detail);
    }

    private String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
    }

    /** "分级: C → A; 监管分级: 区市级 → 市级", one item per column in either side. */
    public String changes(String beforeJson, String afterJson) {
        JsonNode before = parse(beforeJson);
        JsonNode after = parse(afterJson);
        Set<String> columns = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(columns::add);
        after.fieldNames().forEachRemaining(columns::add);
        StringJoiner text = new StringJoiner("; ");
        for (String c : columns) {
            String label = column(c);
            if (beforeJson == null) {
                text.add(label + ": " + value(after.get(c)));
            } else {
                text.add(label + ": " + value(before.get(c)) + " → " + value(after.get(c)));
            }
        }
        return text.toString();
    }

    private String value(JsonNode node) {
        if (node == null || node.isNull()) {
            return NONE;
        }
        if (node.isBoolean()) {
            return bundle.getString(node.booleanValue() ? "audit.value.true" : "audit.value.false");
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode().put("?", json);
        }
    }
}
