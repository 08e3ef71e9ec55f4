package cn.safetygrading.grading.domain;

import java.math.BigDecimal;

/**
 * The subtotal of one section, for the live score in the wizard.
 *
 * @param points           the section's points in the checklist
 * @param applicablePoints the points of the items counted: answered and not {@link Answer#NOT_APPLICABLE}
 * @param earnedPoints     the points earned on them (halves for {@link Answer#PARTIAL}), one decimal
 * @param answered         items answered (including not applicable)
 * @param total            items in the section
 */
public record SectionScore(
        Dimension dimension,
        String name,
        int points,
        int applicablePoints,
        BigDecimal earnedPoints,
        int answered,
        int total) {}
