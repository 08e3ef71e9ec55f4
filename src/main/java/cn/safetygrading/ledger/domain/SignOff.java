package cn.safetygrading.ledger.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A signed (审签) version of a region's ledger: frozen, never changed by later edits. {@code department} is
 * null for a region's whole ledger, or the 市直部门 whose own 市级 enterprises it lists.
 */
public record SignOff(
        long id,
        String regionCode,
        String regionName,
        LocalDate asOf,
        String fillingUnit,
        String signer,
        String signedBy,
        OffsetDateTime signedAt,
        int total,
        int classI,
        int classII,
        String department) {}
