package cn.safetygrading.consequence.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One recorded measure: its kind, document, issuing department and reason, and who recorded it when. */
public record Measure(
        Long id,
        String uscc,
        MeasureKind kind,
        LocalDate decidedOn,
        String documentNo,
        String issuingDepartment,
        String reason,
        String caseRef,
        String recordedBy,
        OffsetDateTime recordedAt,
        String idempotencyKey) {}
