package cn.safetygrading.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #12: the embedded PostgreSQL trusted every local connection as superuser. It now asks every
 * connection for the password kept beside its data directory, across restarts, and secures a data
 * directory of an older version on its next start. Starts the server as the application does
 * ({@link EmbeddedPostgresConfig}), without the rest of the context.
 */
class EmbeddedPasswordIT {

    private final EmbeddedPostgresConfig config = new EmbeddedPostgresConfig();

    @Test
    void aConnectionWithoutThePasswordIsRefusedAndTheRestartReusesIt(@TempDir Path dataDir) throws Exception {
        String password;
        try (EmbeddedPostgres pg = config.embeddedPostgres(dataDir.toString(), 0, false)) {
            Path file = dataDir.resolve("postgres.password");
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertRefused(pg.getPort(), null);
            assertRefused(pg.getPort(), "postgres");
            assertThat(select1(pg.getPort(), password)).isEqualTo(1);
        }
        try (EmbeddedPostgres again = config.embeddedPostgres(dataDir.toString(), 0, false)) {
            assertThat(Files.readString(dataDir.resolve("postgres.password")).strip())
                    .isEqualTo(password);
            assertRefused(again.getPort(), null);
            assertThat(select1(again.getPort(), password)).isEqualTo(1);
        }
    }

    @Test
    void aTrustingDataDirectoryOfAnOlderVersionIsSecuredOnStart(@TempDir Path dataDir) throws Exception {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start()) {
            assertThat(select1(old.getPort(), null)).isEqualTo(1); // as before: no password at all
        }
        assertThat(dataDir.resolve("postgres.password")).doesNotExist();

        try (EmbeddedPostgres pg = config.embeddedPostgres(dataDir.toString(), 0, false)) {
            String password =
                    Files.readString(dataDir.resolve("postgres.password")).strip();
            assertRefused(pg.getPort(), null);
            assertThat(select1(pg.getPort(), password)).isEqualTo(1);
        }
    }

    private static void assertRefused(int port, String password) {
        assertThatThrownBy(() -> select1(port, password))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static int select1(int port, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
                ResultSet rs = c.createStatement().executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
