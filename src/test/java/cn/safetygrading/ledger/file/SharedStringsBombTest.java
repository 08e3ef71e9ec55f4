package cn.safetygrading.ledger.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.safetygrading.ledger.LedgerFiles;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12: the reader's memory on a shared-strings bomb is bounded by {@link XlsxLimits}, not by what
 * the file inflates to. Measured as the bytes the reading thread allocates (an upper bound of what it
 * can have kept): reading 480 MB of shared strings allocates a fraction of that before it stops.
 */
class SharedStringsBombTest {

    @Test
    void theReaderStopsAtTheLimitAndAllocatesLittle(@TempDir Path dir) throws Exception {
        LedgerFiles.Bomb bomb = LedgerFiles.sharedStringsBomb(28_000_000);
        Path file = dir.resolve("bomb.xlsx");
        Files.write(file, bomb.file());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        LedgerFileException refusal = catchThrowableOfType(
                () -> new XlsxRowReader(XlsxLimits.DEFAULT).read(file, (row, cells) -> {}, f -> {}),
                LedgerFileException.class);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(refusal.key()).isEqualTo("ledger.file.tooManyStrings");
        assertThat(bomb.inflated()).isGreaterThan(400L * 1024 * 1024);
        assertThat(allocated).as("bytes allocated while reading").isLessThan(256L * 1024 * 1024);
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(20);
    }
}
