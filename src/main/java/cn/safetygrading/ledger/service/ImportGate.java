package cn.safetygrading.ledger.service;

import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * One ledger import at a time on this node, whether it comes over {@code /api/ledger/import} or from the
 * ledger page's background import: an import keeps a core and its writers busy, and two side by side
 * would double what the node must hold. A second one is refused at once, never queued.
 */
@Component
public class ImportGate {

    private final Semaphore permit = new Semaphore(1);

    /** A pass for one import, to be closed when it ends; empty if another import is running. */
    public java.util.Optional<Pass> tryEnter() {
        return permit.tryAcquire() ? java.util.Optional.of(new Pass()) : java.util.Optional.empty();
    }

    /** Held while an import runs; closing it twice releases once. */
    public final class Pass implements AutoCloseable {

        private boolean open = true;

        private Pass() {}

        @Override
        public synchronized void close() {
            if (open) {
                open = false;
                permit.release();
            }
        }
    }
}
