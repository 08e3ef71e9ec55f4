package cn.safetygrading.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.SafetyGradingApplication;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: the embedded database recovers by itself. The application runs in a child JVM on the
 * embedded PostgreSQL, as an operator runs it; the test kills processes as a crash would.
 */
@Tag("own-jvm")
class EmbeddedRecoveryIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dataDir =
            Path.of("target/it-data/recovery-" + UUID.randomUUID()).toAbsolutePath();
    private final Path pidFile = dataDir.resolve("postgres/postmaster.pid");

    @Test
    void aKilledDatabaseIsRestartedAKilledJvmRestartsAndSigtermStopsInTime() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port;
        Process first = start(port, "first");
        try {
            awaitStatus(base + "/actuator/health/readiness", s -> s == 200, Duration.ofMinutes(4), first);

            // the embedded PostgreSQL dies under the running application (kill -9 of its postmaster), and
            // cannot start again for a while: something else took its port
            long postmaster = postmasterPid();
            int pgPort = Integer.parseInt(Files.readAllLines(pidFile).get(3).strip());
            ProcessHandle dead = ProcessHandle.of(postmaster).orElseThrow();
            dead.destroyForcibly();
            dead.onExit().get(10, TimeUnit.SECONDS);
            long killed = System.nanoTime();
            try (ServerSocket v4 = bindWhenFree(pgPort);
                    ServerSocket v6 = ipv6(pgPort)) {
                awaitStatus(base + "/actuator/health/readiness", s -> s == 503, Duration.ofSeconds(15), first);
                System.out.println("readiness DOWN after "
                        + Duration.ofNanos(System.nanoTime() - killed).toMillis() + " ms");
                long asked = System.nanoTime();
                HttpResponse<String> api = get(base + "/api/admin/departments");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.body()).contains("数据库暂时不可用");
                HttpResponse<String> page = get(base + "/login");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                assertThat(page.body()).contains("系统暂时不可用");
                assertThat(Duration.ofNanos(System.nanoTime() - asked))
                        .as("503 at once")
                        .isLessThan(Duration.ofSeconds(2));
            }
            // the port is free again: the server is started again and the application answers as before
            awaitStatus(base + "/actuator/health/readiness", s -> s == 200, Duration.ofSeconds(60), first);
            assertThat(postmasterPid()).isNotEqualTo(postmaster);
            assertThat(status(base + "/login")).isEqualTo(200);
            assertThat(status(base + "/actuator/health")).isEqualTo(200);
        } catch (AssertionError | RuntimeException e) {
            first.destroyForcibly();
            throw e;
        }

        // kill -9 of the JVM leaves its PostgreSQL running ...
        long leftover = postmasterPid();
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
                .as("postgres outlives the JVM")
                .contains(true);

        // ... and the next start stops it and comes up
        Process second = start(port, "second");
        try {
            awaitStatus(base + "/actuator/health/readiness", s -> s == 200, Duration.ofMinutes(4), second);
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(status(base + "/login")).isEqualTo(200);
        } catch (AssertionError | RuntimeException e) {
            second.destroyForcibly();
            throw e;
        }

        // SIGTERM: stopped within the documented 45 s, with its PostgreSQL
        long stopping = System.nanoTime();
        second.destroy();
        assertThat(second.waitFor(45, TimeUnit.SECONDS))
                .as("stopped within 45 s")
                .isTrue();
        Duration stop = Duration.ofNanos(System.nanoTime() - stopping);
        System.out.println("SIGTERM to exit: " + stop.toMillis() + " ms");
        assertThat(pidFile).as("PostgreSQL stopped cleanly").doesNotExist();
    }

    private Process start(int port, String name) throws IOException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-classpath.txt"), classPath());
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-cp",
                        classPath(),
                        SafetyGradingApplication.class.getName(),
                        "--app.data-dir=" + dataDir,
                        "--spring.profiles.active=embedded",
                        "--server.port=" + port,
                        "--app.embedded-postgres.durable=false",
                        "--vaadin.launch-browser=false",
                        "--app.health.database-watch-interval=5s")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static ServerSocket ipv6(int port) {
        try {
            return new ServerSocket(port, 50, InetAddress.getByName("::1"));
        } catch (IOException noIpv6) {
            return null;
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The test class path, each entry once (a directory twice finds every form twice). */
    private static String classPath() {
        String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(raw.split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    }

    private static int status(String url) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void awaitStatus(String url, IntPredicate expected, Duration within, Process app) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        int last = -1;
        while (System.nanoTime() < until) {
            assertThat(app.isAlive()).as("the application runs").isTrue();
            try {
                last = status(url);
                if (expected.test(last)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " answered " + last + " for " + within);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The killed postmaster's children may hold its port a moment longer: bind once they have let go. */
    private static ServerSocket bindWhenFree(int port) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                return new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
            } catch (java.net.BindException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
