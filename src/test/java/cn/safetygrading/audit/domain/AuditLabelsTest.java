package cn.safetygrading.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every code the log writes has a label in both languages; changes read as "column: before → after". */
class AuditLabelsTest {

    private static final List<String> TABLES = List.of(
            "grading_case",
            "grading_round",
            "notice",
            "objection",
            "grade_adjustment",
            "campaign_region_ratio",
            "campaign",
            "enterprise",
            "account");

    @Test
    void everyDoorKindAndTableHasALabel() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            AuditLabels labels = new AuditLabels(locale);
            for (Door door : Door.values()) {
                assertThat(labels.door(door.name())).isNotEqualTo(door.name());
            }
            for (String kind : List.of("INSERT", "UPDATE", "DELETE", "LOGIN_FAILED", "LOGIN_LOCKED")) {
                assertThat(labels.kind(kind)).isNotEqualTo(kind);
            }
            for (String table : TABLES) {
                assertThat(labels.table(table)).isNotEqualTo(table);
            }
            for (AuditSource source : AuditSource.values()) {
                assertThat(labels.source(source)).isNotEqualTo(source.name());
            }
        }
    }

    @Test
    void changesReadAsBeforeAndAfter() {
        AuditLabels zh = new AuditLabels(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.changes("{\"grade\": \"C\", \"sampled\": null}", "{\"grade\": \"A\", \"sampled\": true}"))
                .isEqualTo("分级: C → A; 抽中核查: — → 是");
        assertThat(zh.changes(null, "{\"grade\": \"B\"}")).isEqualTo("分级: B");
        assertThat(zh.changes("{\"grade\": \"B\"}", null)).isEqualTo("分级: B → —");
        // a column a later migration added shows under its own name
        assertThat(zh.changes("{\"new_col\": 1}", "{\"new_col\": 2}")).isEqualTo("new_col: 1 → 2");
        assertThat(new AuditLabels(Locale.ENGLISH).changes("{\"grade\": \"C\"}", "{\"grade\": \"A\"}"))
                .isEqualTo("Grade: C → A");
    }
}
