package cn.safetygrading.ledger.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A signed (审签) version of a region's ledger: frozen, never changed by later edits. */
public record SignOff(long id, String regionCode, String regionName, LocalDate asOf, String fillingUnit,
                      String signer, String signedBy, OffsetDateTime signedAt, int total, int classI,
                      int classII) {
}
