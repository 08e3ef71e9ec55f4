package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own on the embedded PostgreSQL, as an operator runs it (like {@code
 * EmbeddedRecoveryIT}), started by {@link LaunchHarness} so that a test can also ask it to launch a
 * campaign. One data directory, started again after a stop on the same data.
 */
final class ChildApp {

    static final String ADMIN = "opsadmin";
    static final String PASSWORD = "Stop-Test-2026!";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Path dataDir;
    final int port;
    final String base;
    private final List<String> extraArgs;
    Process process;
    Path log;

    ChildApp(String name, String... extraArgs) throws IOException {
        this.dataDir =
                Path.of("target/it-data/" + name + "-" + UUID.randomUUID()).toAbsolutePath();
        this.port = freePort();
        this.base = "http://localhost:" + port;
        this.extraArgs = List.of(extraArgs);
    }

    /** Starts the child and waits until it is ready. */
    void start(String run) throws Exception {
        Files.createDirectories(dataDir);
        log = dataDir.resolveSibling(dataDir.getFileName() + "-" + run + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                classPath(),
                LaunchHarness.class.getName(),
                "--app.data-dir=" + dataDir,
                "--spring.profiles.active=embedded",
                "--server.port=" + port,
                "--app.embedded-postgres.durable=false",
                "--vaadin.launch-browser=false",
                "--app.admin.user=" + ADMIN,
                "--app.admin.password=" + PASSWORD));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long until = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < until) {
            assertThat(process.isAlive()).as("the application runs, see " + log).isTrue();
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 8 minutes (a loaded machine is slow to start), see " + log);
    }

    /** SIGTERM; returns how long the child took to exit, or fails if it outlives {@code grace}. */
    Duration sigterm(Duration grace) throws InterruptedException {
        long signalled = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited)
                .as("exited within %s after SIGTERM, see %s", grace, log)
                .isTrue();
        return Duration.ofNanos(System.nanoTime() - signalled);
    }

    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    String logText() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** A connection to the child's embedded PostgreSQL (port from postmaster.pid, its password file). */
    Connection database() throws IOException, SQLException {
        int pgPort = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(3)
                .strip());
        String password = Files.readString(dataDir.resolve("postgres.password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/safety", "postgres", password);
    }

    /** POST /api/ledger/import as the administrator, the door of scripts and of the ledger page's upload. */
    HttpResponse<String> importLedger(byte[] csv, String fileName, String region, Duration timeout)
            throws IOException, InterruptedException {
        String boundary = "----sigterm" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"region\"\r\n\r\n" + region
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/ledger/import"))
                        .timeout(timeout)
                        .header("Authorization", basic())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The test class path, each entry once (a directory twice finds every form twice). */
    private static String classPath() {
        String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(raw.split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
