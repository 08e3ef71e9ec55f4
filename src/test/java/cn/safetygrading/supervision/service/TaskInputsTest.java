package cn.safetygrading.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.supervision.domain.TaskSubmission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The supervision services check what a form submitted from plain values, read once by the listener. */
class TaskInputsTest {

    @Test
    void aTextIsStrippedAndAnEmptyOptionalOneIsNull() {
        assertThat(TaskInputs.text("site", "  车间二楼  ", 200, true)).isEqualTo("车间二楼");
        assertThat(TaskInputs.text("legalBasis", "   ", 2000, false)).isNull();
        assertThat(TaskInputs.text("legalBasis", null, 2000, false)).isNull();
    }

    @Test
    void aMissingOrTooLongTextIsRefusedNamingItsField() {
        assertThatThrownBy(() -> TaskInputs.text("findings", null, 4000, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("findings:");
        assertThatThrownBy(() -> TaskInputs.text("timeSpan", "x".repeat(41), 40, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timeSpan:");
    }

    @Test
    void aSubmissionHoldsTheNamedVariablesAbsentOnesAsNull() {
        Map<String, Object> variables = new HashMap<>(Map.of("signed", true, "findings", "消防通道堵塞", "other", 1));
        TaskSubmission task = new TaskSubmission(
                "t1",
                "p1",
                InspectionService.ON_SITE,
                null,
                TaskSubmission.read(List.of("signed", "findings", "penalty"), variables::get));
        assertThat(task.flag("signed")).isTrue();
        assertThat(task.flag("penalty")).isFalse();
        assertThat(task.text("findings")).isEqualTo("消防通道堵塞");
        assertThat(task.values()).containsOnlyKeys("signed", "findings", "penalty");
    }
}
