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
        List<String> steps,
        int currentStep,
        String currentTaskKey,
        String holder,
        OffsetDateTime due,
        String noticeGrade,
        OffsetDateTime noticeEndsAt,
        String selfAssessmentTaskId) {

    /** The steps an enterprise sees, in order (task keys, or the notice and the grading). */
    public static final List<String> STEPS =
            List.of("selfAssessment", "preliminaryReview", "spotCheck", "NOTICE", "GRADED");
}
