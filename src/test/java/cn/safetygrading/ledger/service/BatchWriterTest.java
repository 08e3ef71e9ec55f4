package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BatchWriterTest {

    @Test
    void batchesAreWrittenInOrderOnAThreadOfTheirOwn() {
        List<String> written = new CopyOnWriteArrayList<>();
        try (BatchWriter writer = new BatchWriter("import-1")) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                writer.submit(() -> written.add(n + "@" + Thread.currentThread().getName()));
            }
            writer.finish();
        }
        assertThat(written).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(written.get(i)).isEqualTo(i + "@ledger-import-write-import-1");
        }
    }

    @Test
    void theFirstFailureStopsTheRestAndReachesTheImportingThread() {
        List<Integer> written = new CopyOnWriteArrayList<>();
        BatchWriter writer = new BatchWriter("import-2");
        writer.submit(() -> written.add(1));
        writer.submit(() -> {
            throw new IllegalArgumentException("constraint violated");
        });
        try {
            writer.submit(() -> written.add(3));
        } catch (IllegalArgumentException failedMeanwhile) {
            // the failure came first and was rethrown here
        }
        assertThatThrownBy(writer::finish).isInstanceOf(IllegalArgumentException.class).hasMessage("constraint violated");
        writer.close();
        assertThat(written).containsExactly(1);
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
                    writer.submit(() -> { });
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
    void atMostWritesAheadBatchesAreInHandAndCloseWaitsForTheOneRunning() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean firstDone = new AtomicBoolean();
        AtomicBoolean laterRan = new AtomicBoolean();
        BatchWriter writer = new BatchWriter("import-4");
        writer.submit(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            firstDone.set(true);
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i < LedgerImportService.WRITES_AHEAD; i++) {
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
        assertThat(closer.isAlive()).as("close waits for the batch being written").isTrue();
        release.countDown();
        closer.join(10_000);
        blocked.join(10_000);
        assertThat(firstDone).isTrue();
        assertThat(laterRan).as("batches queued behind a close are dropped").isFalse();
    }
}
