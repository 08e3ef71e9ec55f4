package cn.safetygrading.ledger.file;

import java.util.List;

/** Receives the rows of a sheet or CSV file in order, each with its 1-based row number; empty rows are skipped. */
@FunctionalInterface
public interface RowHandler {

    void row(int rowNumber, List<String> cells) throws LedgerFileException;
}
