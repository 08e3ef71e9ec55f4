package cn.safetygrading.grading.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One grading of one enterprise (one grading-cycle instance), as the system records it. This record,
 * not the process variables, holds every value a later step decides on: the start values read once
 * (notice period, ratio, region, checklist, deadlines) and what each task's owner decided.
 */
public record GradingCase(
        String id,
        String processInstanceId,
        String uscc,
        String campaignId,
        String trigger,
        String regionCode,
        GradingStep step,
        String previousGrade,
        BigDecimal selfScore,
        Boolean vetoFailed,
        Boolean mandatoryMissing,
        String diagnosedGrade,
        String proposedGrade,
        Boolean sampled,
        BigDecimal sampleDraw,
        BigDecimal sampleRatio,
        String sampleReason,
        String verifiedGrade,
        boolean falsified,
        String noticeGrade,
        String finalGrade,
        int rounds,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        Long sampleSeed,
        String noticePeriod,
        BigDecimal spotCheckRatio,
        String countyCode,
        String cityCode,
        String department,
        String checklistId,
        String enterpriseClass,
        OffsetDateTime selfAssessmentDue,
        OffsetDateTime reviewDue,
        OffsetDateTime spotCheckDue,
        RoundOutcome reviewDecision,
        String proposedBy,
        Boolean lastFalsified,
        Boolean objectionUpheld,
        Boolean downgraded) {

    /** The grade a notice publishes: the expert's verified grade when there is one, else the proposed grade. */
    public String gradeToPublish() {
        return verifiedGrade != null ? verifiedGrade : proposedGrade;
    }
}
