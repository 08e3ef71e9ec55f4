package cn.safetygrading.ledger.domain;

import java.time.OffsetDateTime;

/** The record of one import: who imported which file into which region, and what came of it. */
public record ImportRecord(
        String id,
        String fileName,
        String format,
        String regionCode,
        String importedBy,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        ImportStatus status,
        int rowsRead,
        int imported,
        int updated,
        int unchanged,
        int rejected,
        String message) {}
