package cn.safetygrading.grading.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One grading of one enterprise (one grading-cycle instance), as the system records it. */
public record GradingCase(String id, String processInstanceId, String uscc, String campaignId, String trigger,
                          String regionCode, String step, String previousGrade, BigDecimal selfScore,
                          Boolean vetoFailed, Boolean mandatoryMissing, String diagnosedGrade, String proposedGrade,
                          Boolean sampled, BigDecimal sampleDraw, BigDecimal sampleRatio, String sampleReason,
                          String verifiedGrade, boolean falsified, String noticeGrade, String finalGrade, int rounds,
                          OffsetDateTime startedAt, OffsetDateTime finishedAt) {
}
