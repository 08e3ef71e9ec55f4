package cn.safetygrading.grading.domain;

/** Where one county's cases of a campaign stand: how many at each step of the grading cycle. */
public record CampaignProgress(
        String regionCode,
        String regionName,
        long total,
        long selfAssessment,
        long departmentDiagnosis,
        long preliminaryReview,
        long spotCheck,
        long notice,
        long graded) {}
