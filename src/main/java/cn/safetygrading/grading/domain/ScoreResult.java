package cn.safetygrading.grading.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The computed score of a set of answers to one checklist (never typed in).
 *
 * @param checklistId           the checklist answered
 * @param complete              true for a submission (every item answered), false for a draft preview
 *                              (unanswered items left out of everything below)
 * @param score                 earned ÷ applicable points × 100, 0.0–100.0, one decimal, rounded half up;
 *                              0.0 when no points are applicable (e.g. nothing answered yet)
 * @param earnedPoints          points earned, one decimal (a {@link Answer#PARTIAL} earns half)
 * @param applicablePoints      points of the answered items that are not {@link Answer#NOT_APPLICABLE}
 * @param vetoFailed            a veto item (否决项) is answered {@link Answer#NOT_MET} or {@link Answer#PARTIAL}
 * @param mandatoryMissing      a mandatory item (必备项) is answered {@link Answer#NOT_MET}
 * @param failedVetoItems       ids of those veto items, in checklist order
 * @param missingMandatoryItems ids of those mandatory items, in checklist order
 * @param answered              items answered (including not applicable)
 * @param total                 items in the checklist
 * @param sections              one subtotal per section, in checklist order
 */
public record ScoreResult(
        String checklistId,
        boolean complete,
        BigDecimal score,
        BigDecimal earnedPoints,
        int applicablePoints,
        boolean vetoFailed,
        boolean mandatoryMissing,
        List<String> failedVetoItems,
        List<String> missingMandatoryItems,
        int answered,
        int total,
        List<SectionScore> sections) {

    public ScoreResult {
        failedVetoItems = List.copyOf(failedVetoItems);
        missingMandatoryItems = List.copyOf(missingMandatoryItems);
        sections = List.copyOf(sections);
    }

    /** The subtotal of one section. */
    public Optional<SectionScore> section(Dimension dimension) {
        return sections.stream().filter(s -> s.dimension() == dimension).findFirst();
    }
}
