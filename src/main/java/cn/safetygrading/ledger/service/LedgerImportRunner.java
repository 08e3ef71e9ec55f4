package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.security.domain.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs imports started from the UI off the UI thread: one at a time per node (the machine has two cores
 * and an import keeps one busy), a few waiting; beyond that a new import is refused as busy
 * ({@link RejectedExecutionException}) rather than queued without bound. The uploaded file is deleted
 * when the import ends.
 */
@Service
public class LedgerImportRunner implements DisposableBean {

    static final int WAITING = 4;
    private static final Logger log = LoggerFactory.getLogger(LedgerImportRunner.class);

    private final LedgerImportService imports;
    private final ThreadPoolExecutor executor;

    public LedgerImportRunner(LedgerImportService imports) {
        this.imports = imports;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), r -> {
            Thread t = new Thread(r, "ledger-import-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the import of an uploaded file; the future completes with the result or with the
     * refusal. Throws {@link RejectedExecutionException} (and deletes the file) when imports are busy.
     */
    public CompletableFuture<ImportResult> submit(Account account, Path file, String fileName, String regionCode,
                                                  ImportProgress progress) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return imports.importFile(account, file, fileName, regionCode, progress);
                } finally {
                    delete(file);
                }
            }, executor);
        } catch (RejectedExecutionException busy) {
            delete(file);
            throw busy;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete uploaded ledger file {}", file, e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
