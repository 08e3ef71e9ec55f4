package cn.safetygrading.grading.domain;

import java.time.LocalDate;

/**
 * A grade event as the grade-adjustment process received it, read once from its variables: the ground
 * ({@code event}), the note, the fact behind it and the day it happened (null: today).
 */
public record GradeEventRequest(
        String uscc,
        String event,
        String note,
        String factRef,
        LocalDate occurredOn,
        int fatalities,
        String actor,
        String processInstanceId) {}
