package cn.safetygrading.ledger.domain;

import java.util.List;

/**
 * What an import did (contract: {@code imported}, {@code updated}, {@code rejected}). {@code unchanged}
 * counts the valid rows that matched the ledger already; {@code rows} all data rows read.
 */
public record ImportResult(String importId, int rows, int imported, int updated, int unchanged,
                           List<Rejection> rejected) {
}
