package cn.safetygrading.supervision.domain;

/** A stationing assignment of an enterprise: mode, who, where, from when, ended, reports counted. */
public record Stationing(
        String mode,
        String officials,
        String location,
        java.time.LocalDate startsOn,
        java.time.OffsetDateTime createdAt,
        java.time.OffsetDateTime endedAt,
        long reports) {}
