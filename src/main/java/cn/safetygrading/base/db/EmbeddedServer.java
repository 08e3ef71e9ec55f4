package cn.safetygrading.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running embedded PostgreSQL server of the profile {@code embedded}: the connection pool
 * points at its port, which stays the same when the server is started again after it died
 * ({@link #restartIfDead()}, called by the database watch). Closing it stops the server.
 */
public final class EmbeddedServer implements Closeable {

    /** Starts the server of the data directory on a port (0: any free one). */
    @FunctionalInterface
    interface Starter {
        EmbeddedPostgres start(int port) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final Path pgData;
    private final Starter starter;
    private volatile EmbeddedPostgres current;
    private volatile boolean closed;

    EmbeddedServer(Path pgData, int port, Starter starter) throws IOException {
        this.pgData = pgData;
        this.starter = starter;
        this.current = starter.start(port);
    }

    EmbeddedPostgres current() {
        return current;
    }

    public int port() {
        return current.getPort();
    }

    public Path dataDirectory() {
        return pgData;
    }

    /** True while the server's postmaster process runs. */
    public boolean alive() {
        return LeftoverPostmaster.find(pgData).isPresent();
    }

    /**
     * Starts the server again on its port if its process is gone; true if it runs afterwards.
     * Connections of the pool to the dead server fail and are replaced by new ones.
     */
    public synchronized boolean restartIfDead() {
        if (closed || alive()) {
            return !closed;
        }
        int port = current.getPort();
        log.error("The embedded PostgreSQL in {} (port {}) has stopped: starting it again", pgData, port);
        try {
            current.close(); // releases the data directory's lock; the server itself is gone
        } catch (IOException | RuntimeException e) {
            log.debug("closing the dead embedded PostgreSQL", e);
        }
        try {
            // zonky locks epg-lock before it starts the server and keeps the lock when that start fails: a
            // new lock file lets the next attempt lock again (the old one's lock belongs to this JVM)
            java.nio.file.Files.deleteIfExists(pgData.resolve("epg-lock"));
            current = starter.start(port);
            log.info("The embedded PostgreSQL in {} runs again on port {}", pgData, port);
            return true;
        } catch (IOException | RuntimeException e) {
            log.error("The embedded PostgreSQL in {} could not be started again (disk full or read-only?)", pgData, e);
            return false;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        current.close();
    }
}
