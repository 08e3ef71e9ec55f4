package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.base.db.EmbeddedServer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SIGTERM during a ledger import (issue #18): the import gets its time to finish; one still running is
 * handed back at once, marked FAILED with the sentence asking for the file again, while the database
 * is still there — never left RUNNING.
 */
class ImportDrainIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AbandonedImports abandoned;

    @Autowired
    ObjectProvider<EmbeddedServer> embedded;

    @Autowired
    java.time.Clock clock;

    private String running() {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into ledger_import (id, file_name, format, region_code, imported_by, started_at, status)"
                        + " values (cast(? as uuid), 'big.xlsx', 'XLSX', '371002', 'manager', ?, 'RUNNING')",
                id,
                OffsetDateTime.now(clock));
        return id;
    }

    private String status(String id) {
        return jdbc.queryForObject("select status from ledger_import where id = cast(? as uuid)", String.class, id);
    }

    @Test
    void anImportThatFinishesInTimeKeepsItsResultAndOneCutOffIsMarkedFailedAtOnce() throws Exception {
        jdbc.update("update ledger_import set status = 'FAILED' where status = 'RUNNING'");
        // finishes during the drain
        String finishing = running();
        CompletableFuture<Void> finish = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.update("update ledger_import set status = 'DONE' where id = cast(? as uuid)", finishing);
        });
        assertThat(new ImportDrain(jdbc, abandoned, embedded, Duration.ofSeconds(5)).drain())
                .isZero();
        finish.get(5, TimeUnit.SECONDS);
        assertThat(status(finishing)).isEqualTo("DONE");

        // still running when the drain's time is up
        String cut = running();
        long started = System.nanoTime();
        assertThat(new ImportDrain(jdbc, abandoned, embedded, Duration.ofMillis(600)).drain())
                .isOne();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(status(cut)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject(
                        "select message from ledger_import where id = cast(? as uuid)", String.class, cut))
                .isEqualTo("导入因系统停止而中断，未全部完成，请重新导入该文件。");
    }
}
