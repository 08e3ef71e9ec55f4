package cn.safetygrading.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The password of the embedded PostgreSQL's superuser. zonky's {@code initdb} trusts every local
 * connection; on the first start (and on the first start of a data directory from before this class)
 * a random password is drawn, kept in {@code <app.data-dir>/postgres.password} (readable by its owner
 * only), set for the role {@code postgres}, and {@code pg_hba.conf} is rewritten so that every
 * connection must give it (scram-sha-256). Later starts read the file.
 */
final class EmbeddedPassword {

    static final String FILE = "postgres.password";
    static final String USER = "postgres";
    private static final String HBA = """
            # Written by the application (EmbeddedPostgresConfig): every connection gives the password
            # kept in postgres.password beside this data directory.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private EmbeddedPassword() {}

    static Path file(String dataDir) {
        return Path.of(dataDir, FILE).toAbsolutePath();
    }

    /** The stored password; a new one (stored first) if there is none. */
    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return read(file);
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path temp = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(temp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, password + "\n", StandardCharsets.US_ASCII);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return password;
    }

    static String read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty() || !password.matches("[A-Za-z0-9_-]+")) {
            throw new IOException(file + " does not hold a password");
        }
        return password;
    }

    /** True if the data directory's pg_hba.conf asks every connection for a password. */
    static boolean secured(Path pgData) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return false;
        }
        List<String> rules = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        return !rules.isEmpty()
                && rules.stream().allMatch(l -> {
                    String method = l.split("\\s+")[l.split("\\s+").length - 1].toLowerCase(Locale.ROOT);
                    return method.equals("scram-sha-256") || method.equals("md5");
                });
    }

    /**
     * Sets the password for {@code postgres}, asks for it on every connection from now on, and waits
     * until the server refuses a connection without it. Does nothing if the directory is secured already.
     */
    static void secure(DataSource postgres, Path pgData, String password, int port) throws IOException, SQLException {
        if (secured(pgData)) {
            return;
        }
        try (Connection c = postgres.getConnection();
                Statement st = c.createStatement()) {
            st.execute("set password_encryption = 'scram-sha-256'");
            // the password is base64url: no quote can end the literal
            st.execute("alter role " + USER + " with password '" + password + "'");
            Files.writeString(pgData.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            st.execute("select pg_reload_conf()");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection open =
                    DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, null)) {
                sleep();
            } catch (SQLException refused) {
                return;
            }
        }
        throw new IOException("the embedded PostgreSQL still accepts connections without a password");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
