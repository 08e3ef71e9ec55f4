package cn.safetygrading.inbox.service;

import java.util.List;

/**
 * The user-task keys an official works on, in the order of the work: the one list the inbox filters by, the done
 * list offers and the dashboard counts (each key has a {@code task.<key>} label in the bundles).
 */
public final class TaskKeys {

    /** Every task type an official can filter by, in the order of the work. */
    public static final List<String> ALL = List.of(
            "selfAssessment",
            "preliminaryReview",
            "departmentDiagnosis",
            "spotCheck",
            "objectionReview",
            "lookBack",
            "verifyRectification",
            "superviseMajorHazard",
            "inspectOnSite",
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
            "yearlyDrill");

    private TaskKeys() {}
}
