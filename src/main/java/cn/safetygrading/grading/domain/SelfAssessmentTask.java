package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enterprise's open self-assessment: its checklist, the draft saved so far (after a return: the
 * last submission), the deadline, the reasons of the last return with the items the reviewer asked to
 * correct, and the evidence already uploaded for the case.
 */
public record SelfAssessmentTask(
        String taskId,
        Checklist checklist,
        Map<String, String> draft,
        String comment,
        OffsetDateTime due,
        String returnReason,
        List<Evidence> evidence,
        Set<String> toCorrect) {

    /** An uploaded file. */
    /** An evidence file; {@code itemId} is the checklist item it was attached to, null for the whole case. */
    public record Evidence(String id, String name, String type, String itemId) {
        public Evidence(String id, String name, String type) {
            this(id, name, type, null);
        }
    }
}
