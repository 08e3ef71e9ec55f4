package cn.safetygrading.consequence.domain;

/** The consequences the seeds name; the i18n key {@code measure.kind.<name>} says each in words. */
public enum MeasureKind {
    /** 约谈 */
    INTERVIEW,
    /** 通报 */
    CIRCULAR,
    /** 警示 */
    WARNING,
    /** 挂牌督办 */
    LISTED_SUPERVISION,
    /** 停产停业整顿 */
    SUSPENSION,
    /** 关闭 */
    CLOSURE
}
