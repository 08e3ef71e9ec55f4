package cn.safetygrading.ledger.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The writing half of one import: runs the batches handed to it on {@link LedgerImportService#WRITERS}
 * threads of its own (each batch its own transaction on its own connection), in the order handed but
 * possibly overlapping, while the importing thread reads and checks the next rows. The batches of an
 * import touch disjoint enterprises (a USCC seen twice in a file is rejected), so they neither wait for
 * nor depend on each other. At most {@link LedgerImportService#WRITES_AHEAD} batches are in hand (being
 * written or waiting); {@link #submit} blocks beyond that. The first failure of a batch stops those not
 * yet begun and is rethrown to the importing thread by the next {@link #submit} or by {@link #finish}.
 * {@link #close} returns only when no batch is running any more, so nothing of an import is written
 * after it has returned or failed.
 */
final class BatchWriter implements AutoCloseable {

    private final ExecutorService thread;
    private final Semaphore room = new Semaphore(LedgerImportService.WRITES_AHEAD);
    private volatile Throwable failure;
    private volatile boolean stopped;

    BatchWriter(String importId) {
        String name = "ledger-import-write-" + importId.substring(0, Math.min(8, importId.length())) + "-";
        AtomicInteger count = new AtomicInteger();
        int writers = LedgerImportService.WRITERS;
        this.thread = new ThreadPoolExecutor(writers, writers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a batch behind those already queued; waits while {@code WRITES_AHEAD} are in hand. */
    void submit(Runnable batch) {
        rethrow();
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // not an IllegalStateException: the .xlsx reader would take that for a broken file
            throw new RuntimeException("ledger import interrupted while waiting to write a batch", e);
        }
        try {
            thread.execute(() -> {
                try {
                    if (failure == null && !stopped) {
                        batch.run();
                    }
                } catch (RuntimeException | Error e) {
                    synchronized (this) {
                        if (failure == null) {
                            failure = e;
                        }
                    }
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** Waits until every queued batch is written; rethrows the first failure. */
    void finish() {
        awaitIdle();
        rethrow();
    }

    /**
     * Queued batches not yet begun are dropped (after {@link #finish} there are none); waits for those
     * being written, if any.
     */
    @Override
    public void close() {
        stopped = true;
        awaitIdle();
    }

    private void awaitIdle() {
        thread.shutdown();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    // the batches in hand still finish (their transactions end either way); then go on
                    interrupted = true;
                    stopped = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }
}
