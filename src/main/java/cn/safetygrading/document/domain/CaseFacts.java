package cn.safetygrading.document.domain;

import java.time.OffsetDateTime;

/** What the documents of one grading case print, read from grading_case, its enterprise and campaign. */
public record CaseFacts(
        String caseId,
        String uscc,
        String enterpriseName,
        String address,
        String regionCode,
        String regionName,
        String supervisingDepartment,
        String enterpriseClass,
        String previousGrade,
        String finalGrade,
        String campaignName,
        String trigger,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {}
