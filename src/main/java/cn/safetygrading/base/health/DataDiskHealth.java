package cn.safetygrading.base.health;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Health component {@code dataDisk}: the free space of the disk that holds the data directory
 * ({@code app.data-dir}, the embedded PostgreSQL's files; with an external database, the imports'
 * temporary files). Below {@code app.health.data-disk-threshold} (1 GB) it is DOWN, so that
 * {@code /actuator/health} warns well before PostgreSQL stops on a full disk (a write-ahead log
 * segment is 16 MB); the actuator's own {@code diskSpace} looks at the working directory.
 */
@Component("dataDisk")
public class DataDiskHealth implements HealthIndicator {

    private final Path dataDir;
    private final DataSize threshold;

    @org.springframework.beans.factory.annotation.Autowired
    DataDiskHealth(
            @Value("${app.data-dir}") String dataDir,
            org.springframework.beans.factory.ObjectProvider<cn.safetygrading.base.db.EmbeddedServer> embedded,
            @Value("${app.health.data-disk-threshold:1GB}") DataSize threshold) {
        // the embedded server's own directory: app.data-dir may be a placeholder that resolves anew
        this(
                embedded.getIfAvailable() != null
                        ? embedded.getIfAvailable().dataDirectory().getParent().toString()
                        : dataDir,
                threshold);
    }

    DataDiskHealth(String dataDir, DataSize threshold) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.threshold = threshold;
    }

    @Override
    public Health health() {
        Path existing = dataDir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Health.unknown().build();
        }
        File dir = existing.toFile();
        long free = dir.getUsableSpace();
        boolean writable = Files.isWritable(existing) && !readOnly(existing);
        Health.Builder health = free >= threshold.toBytes() && writable ? Health.up() : Health.down();
        return health.withDetail("path", dataDir.toString())
                .withDetail("total", dir.getTotalSpace())
                .withDetail("free", free)
                .withDetail("threshold", threshold.toBytes())
                .withDetail("writable", writable)
                .build();
    }

    private static boolean readOnly(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }
}
