package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    @Test
    void everyBatchIsWrittenOnceOnTheWritersThreads() {
        List<Integer> written = new CopyOnWriteArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (BatchWriter writer = new BatchWriter("import-1")) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                writer.submit(() -> {
                    written.add(n);
                    threads.add(Thread.currentThread().getName());
                });
            }
            writer.finish();
        }
        assertThat(written)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 50).boxed().toList());
        assertThat(threads)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(LedgerImportService.WRITERS)
                .allMatch(name -> name.startsWith("ledger-import-write-import-1-"));
    }

    @Test
    void theFirstFailureStopsTheBatchesNotYetBegunAndReachesTheImportingThread() throws Exception {
        List<Integer> written = new CopyOnWriteArrayList<>();
        CountDownLatch busy = new CountDownLatch(LedgerImportService.WRITERS - 1);
        CountDownLatch release = new CountDownLatch(1);
        BatchWriter writer = new BatchWriter("import-2");
        // every writer but one is held; the last one fails; what is queued behind them is never run
        for (int i = 1; i < LedgerImportService.WRITERS; i++) {
            writer.submit(() -> {
                busy.countDown();
                await(release);
            });
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        writer.submit(() -> {
            throw new IllegalArgumentException("constraint violated");
        });
        // batches handed until the failure comes back: all queued behind the failing one, none run
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try {
                writer.submit(() -> written.add(3));
            } catch (IllegalArgumentException failed) {
                break;
            }
            assertThat(System.nanoTime()).isLessThan(deadline);
        }
        release.countDown();
        assertThatThrownBy(writer::finish)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("constraint violated");
        writer.close();
        assertThat(written).isEmpty();
    }

    @Test
    void aFailureIsRethrownByTheNextSubmit() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        try (BatchWriter writer = new BatchWriter("import-3")) {
            writer.submit(() -> {
                failed.countDown();
                throw new IllegalStateException("database gone");
            });
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            // the failure is recorded once the batch's task has ended
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                try {
                    writer.submit(() -> {});
                } catch (IllegalStateException expected) {
                    assertThat(expected).hasMessage("database gone");
                    break;
                }
                assertThat(System.nanoTime()).isLessThan(deadline);
                Thread.sleep(10);
            }
        }
    }

    @Test
    void atMostWritesAheadBatchesAreInHandAndCloseWaitsForThoseRunning() throws Exception {
        CountDownLatch running = new CountDownLatch(LedgerImportService.WRITERS);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean laterRan = new AtomicBoolean();
        BatchWriter writer = new BatchWriter("import-4");
        for (int i = 0; i < LedgerImportService.WRITERS; i++) {
            writer.submit(() -> {
                running.countDown();
                await(release);
                done.incrementAndGet();
            });
        }
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = LedgerImportService.WRITERS; i < LedgerImportService.WRITES_AHEAD; i++) {
            writer.submit(() -> laterRan.set(true));
        }
        Thread blocked = new Thread(() -> {
            try {
                writer.submit(() -> laterRan.set(true));
            } catch (RejectedExecutionException closedMeanwhile) {
                // the writer was closed while this submit waited: refused, not written
            }
        });
        blocked.start();
        blocked.join(300);
        assertThat(blocked.isAlive()).as("a submit beyond WRITES_AHEAD waits").isTrue();
        Thread closer = new Thread(writer::close);
        closer.start();
        closer.join(300);
        assertThat(closer.isAlive())
                .as("close waits for the batches being written")
                .isTrue();
        release.countDown();
        closer.join(10_000);
        blocked.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(done).hasValue(LedgerImportService.WRITERS);
        assertThat(laterRan).as("batches queued behind a close are dropped").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
