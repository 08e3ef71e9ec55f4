package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;

/** One dynamic adjustment (grade-adjustment process) and the event behind it. */
public record GradeAdjustment(String id, String uscc, String event, String previousGrade, String newGrade,
                              boolean watchPeriod, int fatalities, String note, OffsetDateTime occurredAt,
                              String processInstanceId) {
}
