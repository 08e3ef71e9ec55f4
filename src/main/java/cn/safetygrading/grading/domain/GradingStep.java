package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * Where a grading case stands ({@code grading_case.step}). The steps of a user task are named by the task's
 * key in the grading-cycle process ({@code selfAssessment} …), the steps between tasks in capitals
 * ({@code SAMPLING} …): the constant's name is the stored code, so the column, the audit log and the
 * campaign summary's JSON keep the codes they always had, and the mapper stores the name.
 */
public enum GradingStep {
    /** The case is recorded, no task yet. */
    STARTED,
    selfAssessment,
    /** The department diagnoses, also when the self-assessment's deadline passed without a submission. */
    departmentDiagnosis,
    preliminaryReview,
    /** The spot-check draw is made. */
    SAMPLING,
    spotCheck,
    /** The grade is on public notice. */
    NOTICE,
    objectionReview,
    /** The final grade is applied; the case is finished. */
    GRADED;

    /** The stored and JSON form. */
    public String code() {
        return name();
    }

    /** Whether this step is a user task of the grading-cycle (its code is the task's key). */
    public boolean isTask() {
        return Character.isLowerCase(name().charAt(0));
    }

    /** Whether a stored code or task key is this step. */
    public boolean is(String code) {
        return name().equals(code);
    }

    /** The portal bundle's label of the steps an enterprise sees (portal.step.*). */
    public String portalLabelKey() {
        return "portal.step." + name();
    }

    /** The step of a stored code, exactly as stored; empty for null or anything else. */
    public static Optional<GradingStep> of(String code) {
        return Codes.of(GradingStep.class, code);
    }

    /** The step of a grading-cycle user task, by its task definition key; empty for a task of no step. */
    public static Optional<GradingStep> ofTaskKey(String taskKey) {
        return of(taskKey).filter(GradingStep::isTask);
    }
}
