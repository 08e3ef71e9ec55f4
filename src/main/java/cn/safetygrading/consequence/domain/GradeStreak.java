package cn.safetygrading.consequence.domain;

import java.time.OffsetDateTime;

/** An enterprise whose last two finished gradings were both low (C/D) or both A: the grades and when. */
public record GradeStreak(
        String uscc,
        String enterpriseName,
        String regionName,
        String latestGrade,
        String previousGrade,
        OffsetDateTime latestGradedAt,
        OffsetDateTime previousGradedAt) {}
