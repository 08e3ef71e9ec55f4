package cn.safetygrading.supervision.domain;

import java.time.OffsetDateTime;

/**
 * A problem of the register (问题台账): what was reported, by whom, the grid unit handling it (its head
 * {@code handler}, null when the unit has none), how many levels it went up, and where it stands
 * ({@code OPEN}, {@code RESOLVED}, {@code CLOSED}) with its running history ({@code resolution}).
 */
public record Problem(
        String id,
        String uscc,
        String enterpriseName,
        String kind,
        String description,
        String reportedBy,
        OffsetDateTime reportedAt,
        String regionCode,
        String regionName,
        String handler,
        int levelsUp,
        String status,
        String resolution,
        OffsetDateTime closedAt,
        String closedBy,
        String processInstanceId) {}
