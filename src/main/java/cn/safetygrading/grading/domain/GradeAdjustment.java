package cn.safetygrading.grading.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One move between gradings (grade-adjustment process) and the ground behind it: {@code event} is the
 * ground, {@code factRef} the register entry, {@code occurredOn} the day the fact happened. A refused move
 * keeps the grade; {@code refusalReason} says which rule refused it (see {@link GradeAdjustmentRefusal}).
 */
public record GradeAdjustment(
        String id,
        String uscc,
        String event,
        String previousGrade,
        String newGrade,
        boolean watchPeriod,
        int fatalities,
        String note,
        OffsetDateTime occurredAt,
        String processInstanceId,
        String factRef,
        LocalDate occurredOn,
        boolean refused,
        String refusalReason,
        String actor) {}
