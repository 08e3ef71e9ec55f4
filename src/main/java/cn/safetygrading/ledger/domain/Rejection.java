package cn.safetygrading.ledger.domain;

/**
 * A field of an import row that was refused: the row number as the spreadsheet shows it (1-based,
 * counting the title and header rows), the column's Chinese name and a Chinese message.
 */
public record Rejection(int row, String field, String message) {}
