package cn.safetygrading.supervision.domain;

import java.time.OffsetDateTime;

/** A stored draw: who drew it when, for which region, and (as JSON) its inputs and result. */
public record InspectionDraw(
        String id,
        String regionCode,
        java.time.LocalDate asOf,
        int requested,
        long seed,
        String drawnBy,
        OffsetDateTime drawnAt,
        String inputs,
        String result) {}
