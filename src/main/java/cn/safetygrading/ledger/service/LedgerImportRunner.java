package cn.safetygrading.ledger.service;

import cn.safetygrading.audit.domain.Door;
import cn.safetygrading.audit.service.AuditContext;
import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.security.domain.Account;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Runs imports started from the UI off the UI thread: one at a time per node, together with those over
 * {@code /api/ledger/import} ({@link ImportGate}: the machine has two cores and an import keeps them
 * busy); while one runs a new import is refused as busy ({@link ImportRefusedException} with reason
 * {@code BUSY}) instead of waiting. The uploaded file is deleted when the import ends.
 */
@Service
public class LedgerImportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LedgerImportRunner.class);

    private final LedgerImportService imports;
    private final ThreadPoolExecutor executor;

    public LedgerImportRunner(LedgerImportService imports) {
        this.imports = imports;
        AtomicInteger count = new AtomicInteger();
        // the gate admits one import; a second thread only covers the moment the last one is ending
        this.executor = new ThreadPoolExecutor(0, 2, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "ledger-import-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the import of an uploaded file; the future completes with the result or with the
     * refusal. Throws {@link ImportRefusedException} (reason {@code BUSY}, and deletes the file) when
     * another import is running on this node.
     */
    public CompletableFuture<ImportResult> submit(
            Account account, Path file, String fileName, String regionCode, ImportProgress progress) {
        ImportGate.Pass pass;
        try {
            pass = imports.enter();
        } catch (ImportRefusedException busy) {
            delete(file);
            throw busy;
        }
        try {
            return CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            // the audit log names the official who started it from the ledger page, not the worker
                            // thread
                            return AuditContext.runAs(
                                    account.userId(),
                                    Door.UI,
                                    () -> imports.importFile(account, file, fileName, regionCode, progress, pass));
                        } finally {
                            delete(file);
                        }
                    },
                    executor);
        } catch (RejectedExecutionException shutDown) {
            pass.close();
            delete(file);
            throw shutDown;
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
