package cn.safetygrading.ledger.domain;

import java.util.List;

/**
 * What an import did (contract: {@code imported}, {@code updated}, {@code rejected}). {@code unchanged}
 * counts the valid rows that matched the ledger already; {@code rows} all data rows read.
 * {@code rejected} holds at most {@code app.ledger.import.max-rejection-details} details, in row order;
 * {@code rejectedCount} counts every rejected row, and {@code rejectedTruncated} says that details were left out.
 */
public record ImportResult(
        String importId,
        int rows,
        int imported,
        int updated,
        int unchanged,
        List<Rejection> rejected,
        int rejectedCount,
        boolean rejectedTruncated) {}
