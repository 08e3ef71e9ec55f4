package cn.safetygrading.document.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded measure (enterprise_measure) with its enterprise, as its 通报 prints it. */
public record MeasureFacts(
        long id,
        String uscc,
        String enterpriseName,
        String address,
        String regionCode,
        String regionName,
        String kind,
        LocalDate decidedOn,
        String documentNo,
        String issuingDepartment,
        String reason,
        String caseRef,
        String campaignName,
        OffsetDateTime recordedAt) {}
