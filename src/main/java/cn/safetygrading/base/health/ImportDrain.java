package cn.safetygrading.base.health;

import cn.safetygrading.base.db.EmbeddedServer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On shutdown (SIGTERM), in the same phase as {@link JobExecutorDrain} and beside it: a ledger import
 * running on this node gets up to {@code app.ops.import-drain-timeout} to finish while the database is
 * still there. One still running after that is handed back at once: with the embedded database (one
 * node, so every {@code RUNNING} record is this node's) its record is marked {@code FAILED} with the
 * sentence asking for the file again, before the pool closes, instead of at the next start. With an
 * external database {@link AbandonedImports} marks it after {@code app.ops.abandoned-import-after}.
 */
@Component
class ImportDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportDrain.class);

    private final JdbcTemplate jdbc;
    private final AbandonedImports abandoned;
    private final boolean singleNode;
    private final Duration timeout;
    private volatile boolean running;

    ImportDrain(
            JdbcTemplate jdbc,
            AbandonedImports abandoned,
            ObjectProvider<EmbeddedServer> embedded,
            @Value("${app.ops.import-drain-timeout:10s}") Duration timeout) {
        this.jdbc = jdbc;
        this.abandoned = abandoned;
        this.singleNode = embedded.getIfAvailable() != null;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        stop(() -> {});
    }

    /** Waits on a thread of its own, so that the job drain's wait and this one overlap. */
    @Override
    public void stop(Runnable callback) {
        running = false;
        Thread waiter = new Thread(
                () -> {
                    try {
                        drain();
                    } catch (RuntimeException e) {
                        log.warn("Shutdown: could not check the ledger imports", e);
                    } finally {
                        callback.run();
                    }
                },
                "import-drain");
        waiter.setDaemon(true);
        waiter.start();
    }

    /** Waits for the running imports; returns how many records were handed back as FAILED. */
    int drain() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (importing() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (importing() == 0) {
            return 0;
        }
        if (!singleNode) {
            log.warn(
                    "Shutdown: a ledger import is still running; it is marked FAILED after the abandoned-import delay");
            return 0;
        }
        int marked = abandoned.markFailed();
        log.warn("Shutdown: {} ledger imports cut off by the stop were marked FAILED", marked);
        return marked;
    }

    private long importing() {
        Long n = jdbc.queryForObject("select count(*) from ledger_import where status = 'RUNNING'", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }
}
