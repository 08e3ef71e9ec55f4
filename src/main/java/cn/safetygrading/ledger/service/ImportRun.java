package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.Rejection;
import cn.safetygrading.ledger.file.LedgerRow;
import cn.safetygrading.ledger.persistence.ImportRecordMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state of one import. The reading thread parses and checks the rows ({@link #accept}); the
 * {@link #writer}'s threads write the batches and add to the write counts and the rows rejected at
 * write time (under the run's lock), which the reading thread looks at only after
 * {@link BatchWriter#close}.
 */
final class ImportRun {

    final String importId;
    final String fileName;
    final ImportProgress progress;
    final List<ImportedRow> pending = new ArrayList<>(LedgerImportService.BATCH);
    final List<Rejection> rejections = new ArrayList<>();
    final BatchWriter writer;
    private final ImportRowValidator validator;
    private final ImportBatch batches;
    private final TransactionTemplate transactions;
    private final ImportRecordMapper records;
    private final int maxDetails;
    int total;
    int rows;
    int rejectedRows;
    boolean detailsDropped;
    // written by the writers' threads, under this run's lock
    final List<Rejection> rejectedAtWrite = new ArrayList<>();
    int rejectedRowsAtWrite;
    int imported;
    int updated;
    int unchanged;
    int rowsWritten;

    ImportRun(
            String importId,
            String fileName,
            ImportProgress progress,
            ImportRowValidator validator,
            ImportBatch batches,
            TransactionTemplate transactions,
            ImportRecordMapper records,
            int maxDetails) {
        this.importId = importId;
        this.fileName = fileName;
        this.progress = progress;
        this.validator = validator;
        this.batches = batches;
        this.transactions = transactions;
        this.records = records;
        this.maxDetails = maxDetails;
        this.writer = new BatchWriter(importId);
    }

    synchronized int rejectedRows() {
        return rejectedRows + rejectedRowsAtWrite;
    }

    void accept(LedgerRow row) {
        rows++;
        progress.rowRead();
        List<Rejection> problems = new ArrayList<>(2);
        ImportedRow parsed = validator.parse(row, problems);
        if (!problems.isEmpty()) {
            reject(problems);
        } else {
            pending.add(parsed);
            if (pending.size() >= LedgerImportService.BATCH) {
                flush();
            }
        }
    }

    void reject(List<Rejection> problems) {
        detailsDropped |= !keep(rejections, problems);
        rejectedRows++;
        progress.rowRejected();
    }

    /** Adds the problems while the list holds fewer than the details reported; false if some were left out. */
    private boolean keep(List<Rejection> list, List<Rejection> problems) {
        int room = Math.max(0, maxDetails - list.size());
        list.addAll(problems.subList(0, Math.min(room, problems.size())));
        return problems.size() <= room;
    }

    synchronized ImportResult result() {
        List<Rejection> sorted = new ArrayList<>(rejections);
        sorted.addAll(rejectedAtWrite);
        sorted.sort(Comparator.comparingInt(Rejection::row));
        boolean truncated = detailsDropped || sorted.size() > maxDetails;
        List<Rejection> details = sorted.size() > maxDetails ? List.copyOf(sorted.subList(0, maxDetails)) : sorted;
        return new ImportResult(importId, rows, imported, updated, unchanged, details, rejectedRows(), truncated);
    }

    /** Hands the pending rows to the writer (waits while it has {@value LedgerImportService#WRITES_AHEAD} batches in hand). */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<ImportedRow> batch = List.copyOf(pending);
        pending.clear();
        int rowsRead = rows;
        // the batch's counts go onto the import record in the batch's own transaction: an import cut
        // off by a stop or a crash leaves a record that says how many rows went in
        writer.submit(() -> written(
                transactions.execute(status -> {
                    int[] counts = batches.write(batch, this::rejectAtWrite);
                    records.batchWritten(importId, counts[0], counts[1], counts[2], rowsRead);
                    return counts;
                }),
                rowsRead));
    }

    /** A batch is committed: its counts, and the progress up to the furthest row of a batch written. */
    private synchronized void written(int[] written, int rowsRead) {
        imported += written[0];
        updated += written[1];
        unchanged += written[2];
        rowsWritten = Math.max(rowsWritten, rowsRead);
        progress.batchWritten(written[0], written[1]);
        progress.fraction(0.1 + 0.9 * rowsWritten / Math.max(1, total));
    }

    private synchronized void rejectAtWrite(Rejection rejection) {
        detailsDropped |= !keep(rejectedAtWrite, List.of(rejection));
        rejectedRowsAtWrite++;
        progress.rowRejected();
    }
}
