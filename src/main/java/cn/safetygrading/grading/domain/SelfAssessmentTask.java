package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The enterprise's open self-assessment: its checklist, the draft saved so far, the deadline, the
 * reasons of the last return and the evidence already uploaded.
 */
public record SelfAssessmentTask(String taskId, Checklist checklist, Map<String, String> draft, String comment,
                                 OffsetDateTime due, String returnReason, List<Evidence> evidence) {

    /** An uploaded file. */
    public record Evidence(String id, String name, String type) {
    }
}
