package cn.safetygrading.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a process of its own (pg_ctl detaches it): a JVM killed with
 * {@code kill -9} leaves it running with its {@code postmaster.pid}, and the next start would fail
 * with "is another instance using this directory". Before the server is started, a live postmaster
 * of our data directory (its pid file names a live {@code postgres} process whose command line names
 * this directory) is stopped: SIGINT (PostgreSQL's "fast" shutdown: open transactions are rolled
 * back, the data is written cleanly), after {@value #FAST_SECONDS} s SIGQUIT (immediate, crash
 * recovery on the next start). Another application still using the directory holds zonky's lock
 * file, so the start fails as before; a pid file whose process is gone or is not our postgres is
 * left to PostgreSQL, which ignores a stale one.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);
    static final int FAST_SECONDS = 30;

    private LeftoverPostmaster() {}

    /** The live postmaster of this data directory, if its pid file names one. */
    static Optional<ProcessHandle> find(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        List<String> lines;
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> isPostmasterOf(p, pgData));
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path pgData) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command()
                .map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                .orElse(false);
        String dir = pgData.toAbsolutePath().normalize().toString();
        boolean ours = info.arguments()
                .map(args -> List.of(args).stream().anyMatch(a -> sameDirectory(a, dir)))
                .or(() -> info.commandLine().map(line -> line.contains(" " + dir)))
                .orElse(false);
        return postgres && ours;
    }

    private static boolean sameDirectory(String argument, String dir) {
        try {
            Path path = Path.of(argument);
            return path.isAbsolute()
                    && path.toAbsolutePath().normalize().toString().equals(dir);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Stops a postmaster of this data directory left running by a JVM that died; true if there was one. */
    static boolean stopIfRunning(Path pgData) {
        Optional<ProcessHandle> leftover = find(pgData);
        if (leftover.isEmpty()) {
            return false;
        }
        ProcessHandle postmaster = leftover.get();
        if (lockedByALiveApplication(pgData)) {
            return false; // not left over: another running application uses it (zonky's start then fails)
        }
        log.warn(
                "A PostgreSQL server (pid {}) left running by a previous run still uses {}: stopping it",
                postmaster.pid(),
                pgData);
        signal(postmaster, "INT");
        if (!waitForExit(postmaster, FAST_SECONDS)) {
            log.warn(
                    "PostgreSQL (pid {}) did not stop within {} s: immediate shutdown", postmaster.pid(), FAST_SECONDS);
            signal(postmaster, "QUIT");
            if (!waitForExit(postmaster, 10)) {
                postmaster.destroyForcibly();
                waitForExit(postmaster, 10);
            }
        }
        if (postmaster.isAlive()) {
            throw new DatabaseStartupException(
                    "the PostgreSQL server (pid " + postmaster.pid() + ") left running in " + pgData
                            + " could not be stopped",
                    null);
        }
        log.info("The PostgreSQL server left running in {} is stopped", pgData);
        return true;
    }

    /** zonky locks {@code epg-lock} in the data directory while its server runs; a dead JVM's lock is gone. */
    private static boolean lockedByALiveApplication(Path pgData) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(
                pgData.resolve("epg-lock"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command (not a POSIX system): SIGTERM, PostgreSQL's "smart" shutdown; the dead
            // JVM's connections are closed already, so it does not wait for clients
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
    }

    private static boolean waitForExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
