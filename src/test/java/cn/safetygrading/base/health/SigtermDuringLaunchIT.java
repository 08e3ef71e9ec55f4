package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.LedgerFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #18, SIGTERM during a campaign launch: the application (own JVM, embedded database) stops job
 * acquisition first, so no new batch starts after the signal, and exits within the documented grace
 * period; started again on the same data, the launch goes on where it was and completes within a
 * minute, every enterprise of the region with exactly one cycle.
 */
@Tag("own-jvm")
class SigtermDuringLaunchIT {

    private static final String REGION = "371002";
    private static final int ENTERPRISES = 2_000;
    private static final int BATCH = 25;
    /** Jobs a node has in hand at once: four executor threads and the four of one acquisition. */
    private static final int BATCHES_IN_HAND = 8;

    @Test
    void aLaunchCutBySigtermStopsStartingBatchesAndCompletesAfterTheRestart() throws Exception {
        ChildApp app = new ChildApp("sigterm-launch", "--app.grading.campaign-batch-size=" + BATCH);
        try {
            app.start("first");
            LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别"));
            for (int i = 0; i < ENTERPRISES; i++) {
                file.row("停机测试企业" + i, LedgerFiles.uscc(REGION, "TL"), "14");
            }
            var imported = app.importLedger(file.csv(), "launch.csv", REGION, Duration.ofMinutes(3));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            assertThat(imported.body()).contains("\"imported\":" + ENTERPRISES);

            String campaign = launch(app);
            long atSignal;
            AtomicLong lastSeen = new AtomicLong();
            Duration stop;
            try (Connection db = app.database()) {
                // mid-way: some batches done, the campaign still launching
                long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (cycles(db, campaign) < 3 * BATCH && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                assertThat(status(db, campaign))
                        .as("still launching at the signal")
                        .isEqualTo("LAUNCHING");
                atSignal = cycles(db, campaign);
                // watch the cycles while the application stops, until its database goes away
                Thread watch = new Thread(() -> {
                    try {
                        while (true) {
                            lastSeen.set(cycles(db, campaign));
                            Thread.sleep(50);
                        }
                    } catch (SQLException | InterruptedException gone) {
                        // the database stopped with the application
                    }
                });
                watch.setDaemon(true);
                watch.start();
                stop = app.sigterm(Duration.ofSeconds(45));
                watch.join(5_000);
            }
            System.out.println("launch: " + atSignal + " cycles at SIGTERM, " + lastSeen.get()
                    + " when the database stopped; exit after " + stop.toMillis() + " ms");
            assertThat(lastSeen.get() - atSignal)
                    .as("only the batches in hand finish after the signal")
                    .isLessThanOrEqualTo((long) BATCHES_IN_HAND * BATCH);
            assertThat(lastSeen.get()).as("the launch was cut mid-way").isLessThan(ENTERPRISES);
            assertThat(app.logText()).containsPattern("Shutdown: (job acquisition stopped|\\d+ jobs still running)");

            app.start("second");
            long restarted = System.nanoTime();
            try (Connection db = app.database()) {
                while (!"RUNNING".equals(status(db, campaign))
                        && System.nanoTime() - restarted
                                < Duration.ofSeconds(60).toNanos()) {
                    Thread.sleep(250);
                }
                Duration resumed = Duration.ofNanos(System.nanoTime() - restarted);
                System.out.println("launch completed " + resumed.toMillis() + " ms after the restart");
                assertThat(status(db, campaign)).as("RUNNING within a minute").isEqualTo("RUNNING");
                assertThat(cycles(db, campaign)).isEqualTo(ENTERPRISES);
                assertThat(single(db, "select count(distinct uscc) from grading_case where campaign_id = ?", campaign))
                        .as("every enterprise exactly one cycle")
                        .isEqualTo(ENTERPRISES);
                assertThat(single(db, "select started from campaign where id = ?", campaign))
                        .isEqualTo(ENTERPRISES);
            }
            app.sigterm(Duration.ofSeconds(45));
        } finally {
            app.kill();
        }
    }

    /** Asks the harness to launch the campaign over the region, as the launch dialog does. */
    private static String launch(ChildApp app) throws Exception {
        Path dir = app.dataDir;
        Path answer = dir.resolveSibling(dir.getFileName() + ".campaign");
        Files.writeString(dir.resolveSibling(dir.getFileName() + ".launch"), REGION);
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(answer) || Files.readString(answer).isBlank()) {
            assertThat(System.nanoTime()).as("launched, see " + app.log).isLessThan(until);
            Thread.sleep(100);
        }
        return Files.readString(answer).strip();
    }

    private static long cycles(Connection db, String campaign) throws SQLException {
        return single(db, "select count(*) from grading_case where campaign_id = ?", campaign);
    }

    private static String status(Connection db, String campaign) throws SQLException {
        try (var q = db.prepareStatement("select status from campaign where id = ?")) {
            q.setString(1, campaign);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static long single(Connection db, String sql, String arg) throws SQLException {
        try (var q = db.prepareStatement(sql)) {
            q.setString(1, arg);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
