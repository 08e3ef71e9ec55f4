package cn.safetygrading.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.notification.service.NotificationDispatcher;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox under a node stop (issue #16): two application instances on one PostgreSQL deliver SMS through the
 * webhook channel to a local gateway. Node A runs in a child JVM and is killed (SIGKILL) while the gateway holds
 * one of its requests; node B (in this JVM) delivers the rest, and what A had claimed once A's lease has passed.
 * The gateway counts the POSTs per message id: every message arrives, each once, except the one A was killed
 * sending: it arrives a second time from B with the same {@code Idempotency-Key}, which the gateway drops.
 */
@Tag("own-jvm")
class OutboxNodeStopIT {

    private static final int MESSAGES = 150;
    private static final Duration LEASE = Duration.ofSeconds(20);
    /**
     * How long a node waits for the gateway: long enough that A is still waiting for the held request when it is
     * killed, on a loaded machine too (with a short one A gives the delivery up and the kill finds no claim).
     */
    private static final Duration SMS_TIMEOUT = Duration.ofSeconds(8);
    /** A's request the gateway holds: by then both nodes have delivered some. */
    private static final int HOLD_AT = 8;

    private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();
    private final Map<String, Instant> fromB = new ConcurrentHashMap<>();
    private final List<String> fromA = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> held = new AtomicReference<>();
    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Test
    void everyMessageArrivesOnceAndTheDeadNodesClaimsAfterTheirLease() throws Exception {
        Path dataDir = Path.of("target/it-data/outbox-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(dataDir.resolve("postgres"));
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        gateway.createContext("/a", exchange -> receive(exchange, true));
        gateway.createContext("/b", exchange -> receive(exchange, false));
        gateway.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        gateway.start();
        String smsBase = "http://127.0.0.1:" + gateway.getAddress().getPort();
        Process nodeA = null;
        ConfigurableApplicationContext nodeB = null;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .start()) {
            new JdbcTemplate(pg.getPostgresDatabase()).execute("create database safety encoding 'UTF8'");
            String url = pg.getJdbcUrl("postgres", "safety");
            JdbcTemplate db = new JdbcTemplate(pg.getDatabase("postgres", "safety"));

            int portA = freePort();
            nodeA = startChild(dataDir, url, portA, smsBase + "/a");
            Process a = nodeA;
            // A migrates the schema; B starts once A is up
            await("node A up")
                    .atMost(Duration.ofMinutes(9))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        assertThat(a.isAlive()).as("node A runs").isTrue();
                        return ready(portA);
                    });
            nodeB = new SpringApplicationBuilder(SafetyGradingApplication.class)
                    .run(args(dataDir.resolve("b"), url, 0, smsBase + "/b", "nodeb"));
            String ownerB = nodeB.getBean(NotificationDispatcher.class).owner();

            // the messages: each recipient chose SMS, so each notification brings one SMS delivery (V37's trigger)
            // due on both nodes' clocks (a started app.clock runs in B, A has the machine's)
            OffsetDateTime now = java.util.stream.Stream.of(
                            OffsetDateTime.now(nodeB.getBean(java.time.Clock.class)), OffsetDateTime.now())
                    .min(OffsetDateTime::compareTo)
                    .orElseThrow()
                    .minusMinutes(1);
            // all at once (one statement each): the nodes find every message together, not while they trickle in
            db.update(
                    "insert into notification_preference (user_id, phone, by_sms)"
                            + " select 'stop-' || i, '1380000' || lpad(i::text, 4, '0'), true"
                            + " from generate_series(0, ? - 1) i",
                    MESSAGES);
            db.update(
                    "insert into notification (recipient, kind, title, body, source_ref, created_at)"
                            + " select 'stop-' || i, 'URGED', '节点停止测试', '第 ' || i || ' 条', 'node-stop:' || i, ?"
                            + " from generate_series(0, ? - 1) i",
                    now,
                    MESSAGES);
            assertThat(db.queryForObject("select count(*) from notification_delivery", Integer.class))
                    .isEqualTo(MESSAGES);

            // A is killed while the gateway holds one of its requests
            assertThat(holding.await(90, TimeUnit.SECONDS)).as("A sends").isTrue();
            List<Map<String, Object>> claimedByA = db.queryForList(
                    "select id, locked_until from notification_delivery where status = 'PENDING'"
                            + " and locked_by is not null and locked_by <> ? and locked_until > clock_timestamp()",
                    ownerB);
            nodeA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Instant killed = Instant.now();
            release.countDown();
            assertThat(claimedByA).as("A dies with claimed deliveries").isNotEmpty();
            assertThat(claimedByA)
                    .extracting(r -> "notification-delivery-" + r.get("id"))
                    .contains(held.get());

            await("every delivery sent")
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(
                            () -> db.queryForObject(
                                    "select count(*) from notification_delivery where status = 'SENT'", Integer.class),
                            n -> n == MESSAGES);

            // at the gateway: every message, each once, but the one A died sending (its repeat has the same key)
            List<String> ids =
                    db.queryForList("select 'notification-delivery-' || id from notification_delivery", String.class);
            assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            posts.forEach((id, count) -> assertThat(count.get()).as(id).isEqualTo(id.equals(held.get()) ? 2 : 1));
            assertThat(fromA).isNotEmpty();
            assertThat(fromB).hasSizeGreaterThan(MESSAGES / 2);
            // what A had claimed went out from B only when A's lease had passed
            for (Map<String, Object> claim : claimedByA) {
                String id = "notification-delivery-" + claim.get("id");
                Instant leaseEnd = ((java.sql.Timestamp) claim.get("locked_until")).toInstant();
                assertThat(fromB.get(id)).as(id).isNotNull();
                assertThat(fromB.get(id)).as(id + " after A's lease").isAfterOrEqualTo(leaseEnd.minusMillis(500));
            }
            System.out.printf(
                    "outbox node stop: %d messages, %d claimed by A at its death, last one sent %d ms after the kill%n",
                    MESSAGES,
                    claimedByA.size(),
                    Duration.between(
                                    killed,
                                    fromB.values().stream()
                                            .max(Instant::compareTo)
                                            .orElseThrow())
                            .toMillis());
        } finally {
            release.countDown();
            if (nodeA != null) {
                nodeA.destroyForcibly();
            }
            if (nodeB != null) {
                nodeB.close();
            }
            gateway.stop(0);
        }
    }

    private void receive(HttpExchange exchange, boolean nodeA) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        exchange.getRequestBody().readAllBytes();
        posts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (nodeA) {
            fromA.add(key);
            if (fromA.size() == HOLD_AT && held.compareAndSet(null, key)) {
                holding.countDown();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } else {
            fromB.putIfAbsent(key, Instant.now());
        }
        try {
            exchange.sendResponseHeaders(200, -1);
        } catch (IOException senderGone) {
            // node A was killed while we held its request
        }
        exchange.close();
    }

    private static String[] args(Path dataDir, String url, int port, String smsUrl, String engine) {
        return new String[] {
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--server.port=" + port,
            "--app.data-dir=" + dataDir,
            "--camunda.bpm.process-engine-name=" + engine,
            "--camunda.bpm.job-execution.enabled=false",
            "--vaadin.launch-browser=false",
            "--app.notifications.sms.url=" + smsUrl,
            "--app.notifications.dispatch.interval=PT0.2S",
            "--app.notifications.dispatch.initial-delay=PT0S",
            "--app.notifications.dispatch.batch=5",
            "--app.notifications.dispatch.lease=" + LEASE,
            "--app.notifications.sms.timeout=" + SMS_TIMEOUT
        };
    }

    private static Process startChild(Path dataDir, String url, int port, String smsUrl) throws IOException {
        Files.createDirectories(dataDir);
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m",
                "-cp",
                classPath(),
                SafetyGradingApplication.class.getName()));
        command.addAll(List.of(args(dataDir.resolve("a"), url, port, smsUrl, "default")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("node-a.log").toFile());
        builder.environment().put("ADMIN_PASSWORD", "Kb7-harbour-Gull-2026");
        return builder.start();
    }

    private static boolean ready(int port) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                                    "http://localhost:" + port + "/actuator/health/readiness"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The test class path, each entry once. */
    private static String classPath() {
        String raw = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(raw.split(java.io.File.pathSeparator))
                .filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .distinct()
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
