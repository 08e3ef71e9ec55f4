package cn.safetygrading.ledger.domain;

import java.util.concurrent.atomic.AtomicInteger;

/** How far a running import is; read by the UI while another thread writes it. */
public final class ImportProgress {

    private volatile double fraction;
    private final AtomicInteger rows = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger rejectedRows = new AtomicInteger();

    public double fraction() {
        return fraction;
    }

    public int rows() {
        return rows.get();
    }

    public int imported() {
        return imported.get();
    }

    public int updated() {
        return updated.get();
    }

    public int rejectedRows() {
        return rejectedRows.get();
    }

    public void fraction(double value) {
        fraction = Math.max(0, Math.min(1, value));
    }

    public void rowRead() {
        rows.incrementAndGet();
    }

    public void rowRejected() {
        rejectedRows.incrementAndGet();
    }

    public void batchWritten(int newOnes, int changed) {
        imported.addAndGet(newOnes);
        updated.addAndGet(changed);
    }
}
