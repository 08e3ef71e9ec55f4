package cn.safetygrading.grading.domain;

/** Why a grade event moved nothing (stored in grade_adjustment.refusal_reason; i18n grading.refusal.*). */
public enum GradeAdjustmentRefusal {
    /** The decision knows no such ground, or it does not apply to the enterprise's grade. */
    UNKNOWN_GROUND,
    /** The fact happened outside its window (3 years for accidents, 12 months otherwise). */
    STALE_FACT,
    /** The fact is dated after today. */
    FUTURE_FACT,
    /** A non-accident ground moved the grade in the same direction within 12 months already. */
    ONE_LEVEL_PER_12_MONTHS,
    /** An upgrade during a running watch period. */
    WATCH_PERIOD,
    /** One of the four grounds that need a manager's confirmation, and the manager did not confirm it. */
    NOT_CONFIRMED
}
