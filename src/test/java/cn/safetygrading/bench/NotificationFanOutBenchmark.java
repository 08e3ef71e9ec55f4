package cn.safetygrading.bench;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.notification.service.NotificationDispatcher;
import cn.safetygrading.notification.service.NotificationService;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The self-assessment reminder of an N-enterprise campaign (issue #16): every enterprise that has not submitted
 * is reminded, each of its accounts by SMS through the 政务 gateway (a local HTTP server counting the messages by
 * their idempotency key).
 *
 * <p>The campaign is generated straight into the tables the reminder reads (enterprise, account, SMS preference,
 * campaign, grading_case, and a submitted self-assessment round for every tenth case): the fan-out reads nothing
 * else, and driving N cycles through the engine is {@link ScaleBenchmark}'s part (it takes most of its hour).
 *
 * <p>Figures: messages queued per second by {@link NotificationService#remindSelfAssessment} (one INSERT ... SELECT,
 * the SMS deliveries written by V37's trigger) beside a plain JDBC batch insert of the same rows into the same
 * table; deliveries sent per second by {@link NotificationDispatcher#dispatchDue} from two pollers (two nodes);
 * and the count check: each message queued once, each delivered once.
 *
 * <pre>mvn -Pbench -Dbench.class=cn.safetygrading.bench.NotificationFanOutBenchmark -Dbench.args=50000 test-compile exec:exec</pre>
 */
public final class NotificationFanOutBenchmark {

    /** Targets: the whole city queued within half a minute, and sent through the gateway within five. */
    static final double QUEUED_TARGET = 2_000;

    static final double DELIVERED_TARGET = 170;
    private static final int POLLERS = 2;

    private final int enterprises;
    private final BenchReport report = new BenchReport();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

    private NotificationFanOutBenchmark(int enterprises) {
        this.enterprises = enterprises;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 50_000;
        System.exit(new NotificationFanOutBenchmark(n).run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        gateway.createContext("/sms", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("Idempotency-Key"), k -> new AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.setExecutor(Executors.newFixedThreadPool(4));
        gateway.start();
        ConfigurableApplicationContext context = null;
        boolean met;
        try {
            context = new SpringApplication(SafetyGradingApplication.class)
                    .run(
                            "--app.data-dir=" + dir.resolve("fanout-data-" + UUID.randomUUID()),
                            "--spring.profiles.active=embedded",
                            "--logging.level.root=WARN",
                            "--server.port=0",
                            "--vaadin.launch-browser=false",
                            "--camunda.bpm.job-execution.enabled=false",
                            "--app.notifications.dispatch.enabled=false",
                            "--app.notifications.sms.url=http://127.0.0.1:"
                                    + gateway.getAddress().getPort() + "/sms");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            report.header(String.format(
                    Locale.ROOT,
                    "# Notification fan-out: self-assessment reminder of a %,d-enterprise campaign, %s, %d cores,"
                            + " -Xmx%d MB, PostgreSQL %s (fsync %s)",
                    enterprises,
                    LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    jdbc.queryForObject("show server_version", String.class),
                    jdbc.queryForObject("show fsync", String.class)));
            String campaign = generate(jdbc);
            met = measure(context, jdbc, campaign);
        } finally {
            if (context != null) {
                context.close();
            }
            gateway.stop(0);
        }
        Path out = dir.resolve("notification-fanout-" + enterprises + ".md");
        report.write(out);
        System.out.println();
        report.lines().forEach(System.out::println);
        return met;
    }

    /** N enterprises in 环翠区, one account each choosing SMS, a campaign with a case each; every tenth submitted. */
    private String generate(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        String campaign = UUID.randomUUID().toString();
        jdbc.update(
                "insert into enterprise (uscc, name, region_code, created_at, updated_at)"
                        + " select '9B' || lpad(i::text, 16, '0'), '提醒基准企业' || i, '371002', now(), now()"
                        + " from generate_series(1, ?) i",
                enterprises);
        jdbc.update(
                "insert into account (user_id, display_name, region_code, uscc, created_at)"
                        + " select 'fanout-' || i, '提醒基准企业' || i, '371002', '9B' || lpad(i::text, 16, '0'), now()"
                        + " from generate_series(1, ?) i",
                enterprises);
        jdbc.update(
                "insert into notification_preference (user_id, phone, by_sms)"
                        + " select 'fanout-' || i, '139' || lpad(i::text, 8, '0'), true from generate_series(1, ?) i",
                enterprises);
        jdbc.update(
                "insert into campaign (id, name, region_code, year, self_assessment_due, review_due, spot_check_due,"
                        + " closes_at, spot_check_ratio, notice_period, seed, status, total, started, launched_by,"
                        + " launched_at) values (?, '提醒基准', '371002', 2026, now() + interval '3 days',"
                        + " now() + interval '20 days', now() + interval '40 days', now() + interval '90 days', 0.1,"
                        + " 'P7D', 1, 'RUNNING', ?, ?, 'bench', now())",
                campaign,
                enterprises,
                enterprises);
        jdbc.update(
                "insert into grading_case (id, process_instance_id, uscc, campaign_id, trigger, region_code, step,"
                        + " started_at) select md5(? || i), 'fanout-pi-' || i, '9B' || lpad(i::text, 16, '0'), ?,"
                        + " 'CAMPAIGN', '371002', 'SELF_ASSESSMENT', now() from generate_series(1, ?) i",
                campaign,
                campaign,
                enterprises);
        jdbc.update(
                "insert into grading_round (case_id, kind, round, actor, decided_at) select md5(? || i),"
                        + " 'SELF_ASSESSMENT', 1, 'fanout-' || i, now() from generate_series(10, ?, 10) i",
                campaign,
                enterprises);
        jdbc.execute("analyze");
        report.header(String.format(
                Locale.ROOT,
                "Generated %,d enterprises, accounts, SMS preferences and cases in %.1f s",
                enterprises,
                (System.nanoTime() - start) / 1e9));
        return campaign;
    }

    private boolean measure(ConfigurableApplicationContext context, JdbcTemplate jdbc, String campaign)
            throws Exception {
        int expected = enterprises - enterprises / 10;
        List<String> recipients = jdbc.queryForList(
                "select a.user_id from grading_case c join account a on a.uscc = c.uscc where c.campaign_id = ?"
                        + " and not exists (select 1 from grading_round r where r.case_id = c.id) order by 1",
                String.class,
                campaign);
        check(recipients.size() == expected, "recipients " + recipients.size() + " of " + expected);

        // baseline: a plain JDBC batch insert of the same rows into the same table (its trigger writes the
        // SMS deliveries as well), in one transaction; removed afterwards
        double baseline = perSecond(expected, () -> batchInsert(context.getBean(DataSource.class), recipients));
        check(count(jdbc, "select count(*) from notification_delivery") == expected, "baseline deliveries");
        jdbc.update("delete from notification where source_ref = 'fanout-baseline'");

        NotificationService notifications = context.getBean(NotificationService.class);
        AtomicInteger queued = new AtomicInteger();
        double ours = perSecond(
                expected,
                () -> queued.set(
                        notifications.remindSelfAssessment(campaign, "D-3", "自评提醒", "本次分级评定的企业自评将于 3 日后截止，请尽快提交。")));
        int again = notifications.remindSelfAssessment(campaign, "D-3", "自评提醒", "重复");
        long deliveries = count(jdbc, "select count(*) from notification_delivery");
        report.add(new BenchReport.Row(
                "Queue the reminder (baseline: JDBC batch insert)",
                "msg/s",
                ours,
                baseline,
                ">= " + (int) QUEUED_TARGET + " msg/s",
                ours >= QUEUED_TARGET));

        NotificationDispatcher dispatcher = context.getBean(NotificationDispatcher.class);
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        double delivered = perSecond(expected, () -> {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < POLLERS; i++) {
                running.add(pollers.submit(() -> {
                    while (dispatcher.dispatchDue() > 0) {
                        // until nothing is due
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        });
        pollers.shutdown();
        report.add(new BenchReport.Row(
                "Deliver by SMS webhook, " + POLLERS + " pollers",
                "msg/s",
                delivered,
                Double.NaN,
                ">= " + (int) DELIVERED_TARGET + " msg/s",
                delivered >= DELIVERED_TARGET));

        long sent = count(jdbc, "select count(*) from notification_delivery where status = 'SENT'");
        long twice = received.values().stream().filter(c -> c.get() > 1).count();
        boolean counts = queued.get() == expected
                && again == 0
                && deliveries == expected
                && sent == expected
                && received.size() == expected
                && twice == 0;
        report.note(String.format(
                Locale.ROOT,
                "Count check: %,d recipients, %,d queued (a repeat queued %d), %,d deliveries, %,d sent,"
                        + " %,d distinct messages at the gateway, %d received twice: %s",
                expected,
                queued.get(),
                again,
                deliveries,
                sent,
                received.size(),
                twice,
                counts ? "no message lost or sent twice" : "MISMATCH"));
        return counts && ours >= QUEUED_TARGET && delivered >= DELIVERED_TARGET;
    }

    private static void batchInsert(DataSource dataSource, List<String> recipients) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into notification (recipient, kind, title, body, link, source_ref, created_at)"
                            + " values (?, 'SELF_ASSESSMENT_REMINDER', ?, ?, '/enterprise', 'fanout-baseline', ?)")) {
                Timestamp now = Timestamp.from(OffsetDateTime.now().toInstant());
                int n = 0;
                for (String recipient : recipients) {
                    insert.setString(1, recipient);
                    insert.setString(2, "自评提醒");
                    insert.setString(3, "本次分级评定的企业自评将于 3 日后截止，请尽快提交。");
                    insert.setTimestamp(4, now);
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double perSecond(int items, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return items / ((System.nanoTime() - start) / 1e9);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
