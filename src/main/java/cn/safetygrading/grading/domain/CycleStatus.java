package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where an enterprise's running grading stands, for its own portal: the steps, the one it is at,
 * who holds it and until when.
 */
public record CycleStatus(
        String processInstanceId,
        String trigger,
        List<GradingStep> steps,
        int currentStep,
        String currentTaskKey,
        String holder,
        OffsetDateTime due,
        String noticeGrade,
        OffsetDateTime noticeEndsAt,
        String selfAssessmentTaskId) {

    /** The steps an enterprise sees, in order (tasks, then the notice and the grading). */
    public static final List<GradingStep> STEPS = List.of(
            GradingStep.selfAssessment,
            GradingStep.preliminaryReview,
            GradingStep.spotCheck,
            GradingStep.NOTICE,
            GradingStep.GRADED);
}
