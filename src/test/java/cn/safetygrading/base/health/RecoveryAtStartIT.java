package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Issue #18: imports cut off by a crash are not shown running for ever; health watches the data disk. */
class RecoveryAtStartIT extends IntegrationTest {

    @Autowired
    AbandonedImports abandonedImports;

    @Autowired
    DataDiskHealth dataDisk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties camunda;

    @Autowired
    cn.safetygrading.base.db.EmbeddedServer embeddedServer;

    @Autowired
    Clock clock;

    @Test
    void anImportLeftRunningByACrashIsMarkedFailed() {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into ledger_import (id, file_name, format, region_code, imported_by, started_at, status)"
                        + " values (cast(? as uuid), 'ledger.xlsx', 'XLSX', '371002', 'manager', ?, 'RUNNING')",
                id,
                OffsetDateTime.now(clock).minusMinutes(5));

        assertThat(abandonedImports.markFailed()).isGreaterThanOrEqualTo(1);

        Map<String, Object> row = jdbc.queryForMap(
                "select status, finished_at, message from ledger_import where id = cast(? as uuid)", id);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("finished_at")).isNotNull();
        assertThat((String) row.get("message")).contains("请重新导入");
        assertThat(abandonedImports.markFailed()).isZero();
    }

    @Test
    void aDeadNodesJobsAreTakenOverWithinAMinute() {
        // what the starter gives the job executor when it runs (this shared context switches it off)
        assertThat(camunda.getJobExecution().getLockTimeInMillis()).isEqualTo(60_000);
    }

    @Test
    void healthWatchesTheDiskOfTheDataDirectoryWithAThreshold() {
        var health = dataDisk.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("path"))
                .isEqualTo(embeddedServer.dataDirectory().getParent().toString());

        long free = (Long) health.getDetails().get("free");
        String dataDir = embeddedServer.dataDirectory().getParent().toString();
        var nearlyFull = new DataDiskHealth(
                        dataDir, DataSize.ofBytes(free + DataSize.ofGigabytes(1).toBytes()))
                .health();
        assertThat(nearlyFull.getStatus())
                .as("DOWN below the threshold, before the disk is full")
                .isEqualTo(Status.DOWN);
        assertThat(new DataDiskHealth(dataDir + "/not-yet/created", DataSize.ofMegabytes(1))
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);
    }
}
