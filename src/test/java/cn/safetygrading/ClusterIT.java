package cn.safetygrading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.ledger.service.EnterpriseRegistry;
import cn.safetygrading.security.service.AccountService;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.support.StandardServletEnvironment;
import org.yaml.snakeyaml.Yaml;

/**
 * The homogeneous cluster of {@code docker/compose.cluster.yaml}: two application nodes (two contexts in this
 * JVM, each with the environment compose gives its container) on one PostgreSQL. A campaign is launched, the node
 * running its batches is stopped while the cycles are still being started, and the other node finishes: every
 * cycle started once, every timer fired once, no duplicate timeline event, no incident, and the jobs the stopped
 * node held were run by the other one.
 */
@Tag("own-jvm")
class ClusterIT {

    private static final Logger log = LoggerFactory.getLogger(ClusterIT.class);
    private static final Path COMPOSE = Path.of("docker/compose.cluster.yaml");
    private static final String DATABASE = "safety";
    /** A township of 乳山市 with no demo enterprises: the campaign's enterprises are all this test's. */
    private static final String REGION = "371083105";

    private static final int ENTERPRISES = 200;
    private static final int BATCH_SIZE = 10;
    /** Job lock time on both nodes; see {@link #start}. */
    private static final Duration LOCK_TIME = Duration.ofSeconds(10);
    /**
     * The campaign's self-assessment deadline, counted from the launch: the deadline timer of every cycle falls
     * due during the test, once all cycles are started and their reminders (due at once) have fired, those the
     * stopped node held included. Starting them took 20 to 35 s on a 2-core machine shared with other builds
     * (one lock time of that waiting for the stopped node's batch).
     */
    private static final Duration DEADLINE = Duration.ofSeconds(45);

    @Test
    void theOtherNodeFinishesACampaignWhenOneStops() throws Exception {
        Path dataDir = Path.of("target/it-data/cluster-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(dataDir.resolve("postgres"));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .start()) {
            new JdbcTemplate(pg.getPostgresDatabase()).execute("create database " + DATABASE + " encoding 'UTF8'");
            String url = pg.getJdbcUrl("postgres", DATABASE);
            JdbcTemplate db = new JdbcTemplate(pg.getDatabase("postgres", DATABASE));
            // as compose starts them: node 2 once node 1 is up, so that the first start (Camunda schema, Flyway,
            // demo data, deployment) runs on one node; the test's enterprises are registered meanwhile
            List<ConfigurableApplicationContext> nodes = new ArrayList<>();
            ExecutorService starter = Executors.newSingleThreadExecutor();
            try {
                nodes.add(start("node1", url, dataDir));
                Future<ConfigurableApplicationContext> second = starter.submit(() -> start("node2", url, dataDir));
                List<String> usccs;
                try {
                    usccs = seed(nodes.get(0).getBean(EnterpriseRegistry.class));
                } finally {
                    nodes.add(second.get());
                }
                run(db, Node.of(nodes.get(0)), Node.of(nodes.get(1)), usccs);
            } finally {
                starter.shutdown();
                nodes.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    private void run(JdbcTemplate db, Node node1, Node node2, List<String> usccs) {
        for (Node node : List.of(node1, node2)) {
            // compose's settings reached the nodes: the job executor runs, not deployment-aware, small pools
            assertThat(node.config.getJobExecutor().isActive())
                    .as(node.name + " job executor")
                    .isTrue();
            assertThat(node.config.isJobExecutorDeploymentAware())
                    .as(node.name + " deployment-aware")
                    .isFalse();
            assertThat(node.context.getBean(HikariDataSource.class).getMaximumPoolSize())
                    .isEqualTo(8);
            assertThat(node.context.getEnvironment().getProperty("camunda.bpm.job-execution.deployment-aware"))
                    .as("compose's variable names bind")
                    .isEqualTo("false");
            assertThat(node.context.getEnvironment().getProperty("server.forward-headers-strategy"))
                    .isEqualTo("native");
        }
        assertThat(node1.hostname).isNotEqualTo(node2.hostname);
        // node 2 found the processes deployed and deployed nothing again: both run the same versions
        assertThat(db.queryForObject("select count(*) from act_re_procdef where key_ = 'grading-cycle'", Integer.class))
                .isOne();

        // the application's clock (CI starts it at 23:30 UTC), not the JVM's
        java.time.Clock clock = node1.context.getBean(java.time.Clock.class);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        // compose runs no demo data: the city's manager is opened as an administrator would
        AccountService accounts = node1.context.getBean(AccountService.class);
        accounts.create(
                new cn.safetygrading.security.domain.NewAccount(
                        "cluster-manager",
                        "集群测试管理员",
                        "Kb7-harbour-Gull-2026",
                        java.util.Set.of(cn.safetygrading.security.domain.Role.MANAGER),
                        "371000",
                        null,
                        null),
                false);
        Campaign campaign = node1.context
                .getBean(CampaignService.class)
                .launch(
                        accounts.find("cluster-manager").orElseThrow(),
                        new NewCampaign(
                                "集群测试分级评定",
                                REGION,
                                now.getYear(),
                                now.plus(DEADLINE),
                                now.plusDays(15),
                                now.plusDays(30),
                                now.plusDays(90),
                                BigDecimal.ZERO,
                                "P7D"));
        String cycles = "select process_instance_id from grading_case where campaign_id = '" + campaign.id() + "'";

        // stop a node that runs the campaign's batches while some, not all, cycles are started (usually node 1, where
        // it
        // was launched; each of the four lanes runs its next batch in the thread that finished the last one)
        String holder = await("a node in the middle of the campaign's batches")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> {
                            int started = started(db, campaign.id());
                            if (started < 2 * BATCH_SIZE || started >= ENTERPRISES - 4 * BATCH_SIZE) {
                                return null;
                            }
                            return db
                                    .queryForList(
                                            "select lock_owner_ from act_ru_job where process_instance_id_ = ?"
                                                    + " and lock_owner_ is not null",
                                            String.class,
                                            campaign.processInstanceId())
                                    .stream()
                                    .findFirst()
                                    .orElse(null);
                        },
                        Objects::nonNull);
        Node stopped = holder.equals(node1.lockOwner) ? node1 : node2;
        Node survivor = stopped == node1 ? node2 : node1;
        int startedBeforeStop = started(db, campaign.id());
        long stopping = System.nanoTime();
        stopped.context.close();
        log.info(
                "{} stopped in {} ms with {} of {} cycles started",
                stopped.name,
                (System.nanoTime() - stopping) / 1_000_000,
                startedBeforeStop,
                ENTERPRISES);
        assertThat(started(db, campaign.id())).isLessThan(ENTERPRISES);
        // the jobs the stopped node had locked and not finished: their locks expire and the other node takes them
        List<String> orphaned =
                db.queryForList("select id_ from act_ru_job where lock_owner_ = ?", String.class, stopped.lockOwner);
        log.info("{} left {} locked jobs", stopped.name, orphaned.size());

        await("the other node starts the remaining cycles")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "RUNNING"
                        .equals(db.queryForObject(
                                "select status from campaign where id = ?", String.class, campaign.id())));
        log.info("all cycles started {} ms after the launch", since(campaign));
        // a deadline falling due first would cancel its cycle's reminder (then DEADLINE is too short)
        await("every reminder fired before the deadlines fall due")
                .atMost(Duration.between(OffsetDateTime.now(clock), campaign.selfAssessmentDue()))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> events(db, "REMINDER") == ENTERPRISES);
        log.info("all reminders fired {} ms after the launch", since(campaign));
        await("every deadline fired")
                .atMost(DEADLINE.plusSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> events(db, "DEADLINE_MISSED") == ENTERPRISES
                        && db.queryForObject(
                                        "select count(*)"
                                                + " from act_ru_job where coalesce(duedate_, now()) <= now() and retries_ > 0",
                                        Integer.class)
                                == 0);
        log.info("all deadlines fired {} ms after the launch", since(campaign));

        // the campaign: all started
        assertThat(db.queryForMap("select status, total, started from campaign where id = ?", campaign.id()))
                .containsEntry("status", "RUNNING")
                .containsEntry("total", ENTERPRISES)
                .containsEntry("started", ENTERPRISES);
        // exactly one grading case and one grading-cycle per enterprise, at runtime and in history
        assertThat(db.queryForList("select uscc from grading_case where campaign_id = ?", String.class, campaign.id()))
                .map(String::strip)
                .containsExactlyInAnyOrderElementsOf(usccs);
        assertThat(survivor.runtime
                        .createProcessInstanceQuery()
                        .processDefinitionKey("grading-cycle")
                        .variableValueEquals("campaignId", campaign.id())
                        .list())
                .extracting(p -> p.getBusinessKey())
                .containsExactlyInAnyOrderElementsOf(usccs);
        assertThat(survivor.history
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("grading-cycle")
                        .variableValueEquals("campaignId", campaign.id())
                        .list())
                .extracting(p -> p.getBusinessKey())
                .containsExactlyInAnyOrderElementsOf(usccs);
        // the timeline: each cycle's start, reminder and missed deadline once per enterprise, no two identical events
        assertThat(events(db, "GRADING_STARTED")).isEqualTo(ENTERPRISES);
        assertThat(events(db, "REMINDER")).isEqualTo(ENTERPRISES);
        assertThat(events(db, "DEADLINE_MISSED")).isEqualTo(ENTERPRISES);
        assertThat(db.queryForList(
                        "select uscc, type, summary, count(*) as n from enterprise_event"
                                + " where uscc in (select uscc from grading_case where campaign_id = ?)"
                                + " group by uscc, type, summary, details::text having count(*) > 1",
                        campaign.id()))
                .isEmpty();
        // no incident, no job out of retries
        assertThat(db.queryForList("select * from act_ru_incident")).isEmpty();
        assertThat(db.queryForList("select id_, exception_msg_ from act_ru_job where retries_ = 0"))
                .isEmpty();

        // the cycles' own timers (reminder and safety-net deadline of each) were made once each and never ran
        // twice: the campaign's deadline batches moved the cases first and removed them with the task
        List<Map<String, Object>> timers =
                db.queryForList("select job_id_, count(*) filter (where job_state_ = 2) as runs"
                        + " from act_hi_job_log where job_def_type_ = 'timer-transition' and process_instance_id_ in ("
                        + cycles
                        + ") group by job_id_");
        assertThat(timers)
                .hasSize(2 * ENTERPRISES)
                .allSatisfy(t -> assertThat((Long) t.get("runs"))
                        .as("runs of timer job " + t.get("job_id_"))
                        .isLessThanOrEqualTo(1L));
        List<Object> cycleTimers = timers.stream().map(t -> t.get("job_id_")).toList();
        // every other job of the campaign and its cycles ran exactly once, but the campaign's closing timer (not due)
        List<Map<String, Object>> jobs = db.queryForList(
                "select job_id_, count(*) filter (where job_state_ = 2) as runs"
                        + " from act_hi_job_log where (process_instance_id_ = ? or process_instance_id_ in (" + cycles
                        + "))"
                        + " group by job_id_",
                campaign.processInstanceId());
        List<String> left = db.queryForList(
                "select id_ from act_ru_job where process_instance_id_ = ? or process_instance_id_" + " in (" + cycles
                        + ")",
                String.class,
                campaign.processInstanceId());
        assertThat(left).as("the campaign's closing timer").hasSize(1);
        assertThat(jobs).hasSizeGreaterThan(2 * ENTERPRISES + ENTERPRISES / BATCH_SIZE);
        assertThat(jobs)
                .filteredOn(j -> !left.contains((String) j.get("job_id_")) && !cycleTimers.contains(j.get("job_id_")))
                .isNotEmpty()
                .allSatisfy(j -> assertThat(j.get("runs"))
                        .as("runs of job " + j.get("job_id_"))
                        .isEqualTo(1L));
        // both nodes worked; the other node ran the rest of the batch loop and whatever the stopped node held
        assertThat(db.queryForList("select distinct hostname_ from act_hi_job_log where job_state_ = 2", String.class))
                .contains(node1.hostname, node2.hostname);
        assertThat(db.queryForObject(
                        "select count(*) from act_hi_job_log where process_instance_id_ = ? and job_state_ = 2"
                                + " and hostname_ = ?",
                        Integer.class,
                        campaign.processInstanceId(),
                        survivor.hostname))
                .isPositive();
        for (String job : orphaned) {
            assertThat(db.queryForList(
                            "select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = 2",
                            String.class,
                            job))
                    .as("successful runs of job " + job + ", held by the stopped node")
                    .containsExactly(survivor.hostname);
        }
    }

    private static long since(Campaign campaign) {
        return Duration.between(campaign.launchedAt(), OffsetDateTime.now()).toMillis();
    }

    private static int started(JdbcTemplate db, String campaignId) {
        return db.queryForObject("select count(*) from grading_case where campaign_id = ?", Integer.class, campaignId);
    }

    private static int events(JdbcTemplate db, String type) {
        return db.queryForObject(
                "select count(*) from enterprise_event e join enterprise x on x.uscc = e.uscc"
                        + " where x.region_code = ? and e.type = ?",
                Integer.class,
                REGION,
                type);
    }

    private static List<String> seed(EnterpriseRegistry registry) {
        OffsetDateTime now = OffsetDateTime.now();
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < ENTERPRISES; i++) {
            String uscc = Uscc.complete("91371083MA9" + String.format("%06d", 500_000 + i));
            registry.registerIfAbsent(
                    new Enterprise(
                            uscc,
                            "乳山南黄集群测试" + i + "有限公司",
                            "乳山市南黄镇",
                            "13",
                            REGION,
                            "南黄镇",
                            "II",
                            null,
                            "LOCAL",
                            null,
                            null,
                            null,
                            null,
                            "ACTIVE",
                            now,
                            now,
                            null),
                    "test",
                    "测试");
            usccs.add(uscc);
        }
        return usccs;
    }

    /**
     * One node: the application with the environment compose gives the {@code service} container (profiles,
     * job executor, deployment-awareness, ...), pointed at the test's PostgreSQL, plus what only the test needs.
     */
    private static ConfigurableApplicationContext start(String service, String url, Path dataDir) {
        Map<String, Object> env = composeEnvironment(service);
        env.put("DB_URL", url);
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "");
        env.put("DB_POOL_SIZE", "8");
        StandardServletEnvironment environment = new StandardServletEnvironment();
        environment
                .getPropertySources()
                .addBefore(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        // Spring Boot binds environment variable names (CAMUNDA_BPM_JOBEXECUTION_DEPLOYMENTAWARE) only
                        // from
                        // sources named "systemEnvironment" or "...-systemEnvironment"
                        new SystemEnvironmentPropertySource(
                                "compose-" + service + "-"
                                        + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                env));
        return new SpringApplicationBuilder(SafetyGradingApplication.class)
                .environment(environment)
                .run(
                        "--server.port=0",
                        "--app.data-dir=" + dataDir.resolve(service),
                        // the engine registry is JVM-wide: one engine name per node (in compose every node is
                        // "default")
                        "--camunda.bpm.process-engine-name=" + service,
                        "--app.grading.campaign-batch-size=" + BATCH_SIZE,
                        // a stopped node's locked jobs wait for their lock to expire (5 minutes by default) before
                        // another
                        // node takes them; 10 s lets the takeover happen within the test and is still far longer than
                        // any
                        // of these jobs runs (a shorter lock than a job's run would let a second node run it
                        // concurrently)
                        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
                        // an idle job executor polls up to every 60 s by default; the timers falling due here should
                        // fire
                        // within a second or two
                        "--camunda.bpm.job-execution.wait-time-in-millis=500",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        // a stopping node lets the jobs it runs finish for up to this long (30 s in application.yaml)
                        // before
                        // its engine stops; a campaign lane's batches run on in the thread that ran its first batch
                        // (Camunda
                        // runs the next job it created at once), so with 30 s the node would
                        // start all the cycles of this small campaign before it stops. 1 s stops it in the middle, as
                        // 30 s does
                        // with a campaign of a few thousand enterprises.
                        "--spring.lifecycle.timeout-per-shutdown-phase=1s");
    }

    /** What an operator's {@code docker/.env} holds: the secrets compose requires ({@code ${VAR:?message}}). */
    private static final Map<String, String> DOT_ENV =
            Map.of("DB_PASSWORD", "cluster-test-db", "ADMIN_PASSWORD", "Kb7-harbour-Gull-2026");

    /**
     * The {@code environment} of a service in compose.cluster.yaml, with each {@code ${VAR:-default}} at its default
     * and each required {@code ${VAR:?message}} from {@link #DOT_ENV}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> composeEnvironment(String service) {
        Map<String, Object> compose;
        try {
            compose = new Yaml().load(Files.readString(COMPOSE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> node = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(service);
        Map<String, Object> env = new LinkedHashMap<>();
        Pattern variable = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");
        Pattern required = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?[^}]*}");
        ((Map<String, Object>) node.get("environment")).forEach((name, value) -> {
            String withDefaults =
                    variable.matcher(String.valueOf(value)).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
            env.put(
                    name,
                    required.matcher(withDefaults)
                            .replaceAll(r -> Matcher.quoteReplacement(java.util.Optional.ofNullable(
                                            DOT_ENV.get(r.group(1)))
                                    .orElseThrow(() -> new IllegalStateException("compose requires " + r.group(1))))));
        });
        // JVM-wide, not per context: the test JVM's own
        env.remove("TZ");
        env.remove("JAVA_OPTS");
        return env;
    }

    private record Node(
            String name,
            ConfigurableApplicationContext context,
            ProcessEngineConfigurationImpl config,
            RuntimeService runtime,
            HistoryService history,
            String lockOwner,
            String hostname) {
        static Node of(ConfigurableApplicationContext context) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            return new Node(
                    engine.getName(),
                    context,
                    config,
                    engine.getRuntimeService(),
                    engine.getHistoryService(),
                    config.getJobExecutor().getLockOwner(),
                    config.getHostname());
        }
    }
}
