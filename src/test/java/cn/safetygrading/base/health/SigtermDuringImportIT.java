package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.LedgerFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #18, SIGTERM during a ledger import started as the ledger page's upload starts it ({@code
 * LedgerImportRunner}, a worker thread that no request waits for): the application (own JVM, embedded database) exits within the grace
 * period; after the restart the import's record is finished or FAILED with the sentence asking for the
 * file again, never RUNNING, and it says how many rows went in: its counts match the enterprises in
 * the ledger.
 */
@Tag("own-jvm")
class SigtermDuringImportIT {

    private static final String REGION = "371002";
    private static final int ROWS = 30_000;

    @Test
    void anImportCutBySigtermIsFinishedOrFailedWithItsCountsAfterTheRestart() throws Exception {
        // a short drain, so that the stop cuts the import off (with the default 10 s it may finish in time)
        ChildApp app = new ChildApp("sigterm-import", "--app.ops.import-drain-timeout=2s");
        try {
            app.start("first");
            LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别"));
            for (int i = 0; i < ROWS; i++) {
                file.row("导入停机测试企业" + i, LedgerFiles.uscc(REGION, "TM"), "14");
            }
            byte[] csv = file.csv();
            long before;
            try (Connection db = app.database()) {
                before = count(db, "select count(*) from enterprise");
                // the ledger page's upload: the import runs on a worker thread, no request waits for it
                Path csvFile = app.dataDir.resolveSibling(app.dataDir.getFileName() + ".csv");
                Files.write(csvFile, csv);
                Files.writeString(
                        app.dataDir.resolveSibling(app.dataDir.getFileName() + ".import"), REGION + "\n" + csvFile);
                // mid-way: the record RUNNING and some batches written
                long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (count(db, "select count(*) from enterprise") - before < 2_000 && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                assertThat(count(db, "select count(*) from ledger_import where status = 'RUNNING'"))
                        .as("the import is running at the signal")
                        .isOne();
                Duration stop = app.sigterm(Duration.ofSeconds(45));
                System.out.println("import: exit " + stop.toMillis() + " ms after SIGTERM");
            }

            app.start("second");
            try (Connection db = app.database();
                    var q = db.createStatement();
                    ResultSet r = q.executeQuery(
                            "select status, message, imported, updated, unchanged, rows_read from ledger_import")) {
                assertThat(r.next()).isTrue();
                String status = r.getString("status");
                String message = r.getString("message");
                int imported = r.getInt("imported");
                long inLedger = count(db, "select count(*) from enterprise") - before;
                System.out.println("import after restart: " + status + ", record imported " + imported + " of "
                        + r.getInt("rows_read") + " read, " + inLedger + " in the ledger; " + message);
                assertThat(status).as("never RUNNING after the restart").isIn("DONE", "FAILED");
                if (status.equals("FAILED")) {
                    assertThat(message).isEqualTo("导入因系统停止而中断，未全部完成，请重新导入该文件。");
                } else {
                    assertThat(imported).isEqualTo(ROWS);
                }
                assertThat((long) imported)
                        .as("the record says how many rows went in")
                        .isEqualTo(inLedger);
                assertThat(r.next()).as("one import").isFalse();
            }
            app.sigterm(Duration.ofSeconds(45));
        } finally {
            app.kill();
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var q = db.createStatement();
                ResultSet rs = q.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
