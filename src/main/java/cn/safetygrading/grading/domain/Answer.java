package cn.safetygrading.grading.domain;

import cn.safetygrading.base.Codes;
import java.util.Optional;

/**
 * How one checklist item is answered. {@link #MET} earns the item's points, {@link #PARTIAL} half of
 * them, {@link #NOT_MET} none; {@link #NOT_APPLICABLE} takes the item out of the score altogether
 * (its points are redistributed over the others). Mandatory and veto items cannot be not applicable.
 */
public enum Answer {

    /** 符合 */
    MET,
    /** 部分符合 */
    PARTIAL,
    /** 不符合 */
    NOT_MET,
    /** 不适用 */
    NOT_APPLICABLE;

    /** The answer named exactly (case-sensitive) by {@code value}; empty for anything else. */
    public static Optional<Answer> parse(String value) {
        return Codes.of(Answer.class, value);
    }

    /** i18n key of the answer's label, e.g. {@code checklist.answer.MET} (符合). */
    public String messageKey() {
        return "checklist.answer." + name();
    }
}
