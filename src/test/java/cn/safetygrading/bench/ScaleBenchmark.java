package cn.safetygrading.bench;

import cn.safetygrading.SafetyGradingApplication;
import cn.safetygrading.base.engine.CachingFeelEngine;
import cn.safetygrading.bench.BenchReport.Row;
import cn.safetygrading.dashboard.service.DashboardService;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.ChecklistItem;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.grading.service.ChecklistService;
import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.inbox.service.InboxFilter;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.ledger.service.LedgerImportService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: the scale benchmark of issue #7. On the embedded PostgreSQL (fsync and synchronous
 * commit on, as shipped) it generates a city of N enterprises, runs a campaign over them through the
 * real services, and measures each figure beside its baseline in the same run: the campaign launch
 * against a bare engine starting one-task processes, task completion through our services against
 * bare {@code TaskService.complete} on the same kind of task, the inbox against Camunda's TaskQuery
 * with authorization, the dashboard's overdue aggregates, the {@code diagnosis-grade} decision, and
 * the heap. Prints the table and writes it to {@code target/bench/scale-N.md}.
 *
 * <pre>mvn -Pbench -Dbench.class=cn.safetygrading.bench.ScaleBenchmark -Dbench.args=50000 test-compile exec:exec</pre>
 * Arguments: the number of enterprises (default 50000), then optionally the number of tasks of each
 * kind completed per side (default N/25, at least 100).
 */
public final class ScaleBenchmark {

    private static final int THREADS = 4;
    private static final int LATENCY_RUNS = 200;

    private final int enterprises;
    private final int completions;
    private final BenchReport report = new BenchReport();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final AtomicLong peakLiveHeap = new AtomicLong();
    private ConfigurableApplicationContext context;

    private ScaleBenchmark(int enterprises, int completions) {
        this.enterprises = enterprises;
        this.completions = completions;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].trim()) : 50_000;
        int m = args.length > 1 && !args[1].isBlank() ? Integer.parseInt(args[1].trim()) : Math.max(100, n / 25);
        ScaleBenchmark bench = new ScaleBenchmark(n, m);
        boolean met = bench.run();
        System.exit(met ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Path data = dir.resolve("scale-data-" + UUID.randomUUID());
        SpringApplication app = new SpringApplication(SafetyGradingApplication.class);
        Thread sampler = heapSampler();
        try {
            context = app.run(
                    "--app.data-dir=" + data,
                    "--spring.profiles.active=embedded,demo",
                    "--logging.level.root=WARN",
                    "--server.port=0",
                    "--vaadin.launch-browser=false");
            report.header(String.format(
                    Locale.ROOT,
                    "# Scale benchmark: %,d enterprises, %s, %d cores, -Xmx%d MB, Java %s",
                    enterprises,
                    LocalDateTime.now().withNano(0),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    System.getProperty("java.version")));
            report.header("Embedded PostgreSQL " + jdbc().queryForObject("show server_version", String.class)
                    + ", fsync "
                    + jdbc().queryForObject("show fsync", String.class) + ", synchronous_commit "
                    + jdbc().queryForObject("show synchronous_commit", String.class) + ", history level "
                    + engineConfig().getHistoryLevel().getName() + ", job executor pool "
                    + context.getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size", "3") + "–"
                    + context.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size", "10")
                    + " threads");
            generate(dir);
            double bare = bareLaunch();
            Campaign campaign = launch(bare);
            completeTasks(campaign);
            historicTasks(enterprises * 10);
            inbox();
            dashboard(campaign);
            decision();
            ledgerImport(dir);
            heap();
        } finally {
            sampler.interrupt();
            if (context != null) {
                context.close();
            }
        }
        Path out = dir.resolve("scale-" + enterprises + ".md");
        report.write(out);
        System.out.println();
        report.lines().forEach(System.out::println);
        System.out.println();
        System.out.println("written to " + out);
        return report.allMet();
    }

    // ---------------------------------------------------------------- data

    private void generate(Path dir) throws Exception {
        Account manager = account("manager");
        ScaleGenerator.Generated g = new ScaleGenerator(enterprises, 20261201L)
                .generate(bean(LedgerImportService.class), manager, jdbc(), dir);
        report.note(String.format(
                Locale.ROOT,
                "generated %,d enterprises through the ledger import in %.1f s (%,.0f rows/s, "
                        + "%d rejected), %,d accidents on record; class Ⅰ: %,d",
                g.imported(),
                g.seconds(),
                g.imported() / g.seconds(),
                g.rejected(),
                g.accidents(),
                jdbc().queryForObject("select count(*) from enterprise where enterprise_class = 'I'", Long.class)));
    }

    // ---------------------------------------------------------------- launch

    /** The baseline: a bare one-task process started by {@value #THREADS} threads, same engine and database. */
    private double bareLaunch() throws Exception {
        bean(RepositoryService.class)
                .createDeployment()
                .name("bench-bare")
                .addModelInstance(
                        "bench-bare.bpmn",
                        Bpmn.createExecutableProcess("bench-bare")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("bareTask")
                                .camundaCandidateGroups("bench-bare")
                                .endEvent()
                                .done())
                .deploy();
        RuntimeService runtime = bean(RuntimeService.class);
        int count = Math.min(enterprises, 5_000);
        AtomicLong next = new AtomicLong();
        double seconds = parallel(THREADS, () -> {
            long i;
            while ((i = next.getAndIncrement()) < count) {
                runtime.startProcessInstanceByKey(
                        "bench-bare", "bare-" + i, Map.of("uscc", "bare-" + i, "campaignId", "bare"));
            }
        });
        return count / seconds;
    }

    private Campaign launch(double bareRate) throws Exception {
        CampaignService campaigns = bean(CampaignService.class);
        OffsetDateTime now = OffsetDateTime.now();
        Campaign campaign = campaigns.launch(
                account("manager"),
                new NewCampaign(
                        "基准测试分级工作",
                        "371000",
                        now.getYear(),
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        new BigDecimal("0.2"),
                        "P1D"));
        long started = System.nanoTime();
        while (true) {
            Campaign c = campaigns.find(campaign.id()).orElseThrow();
            if ("RUNNING".equals(c.status()) || (c.total() > 0 && c.started() >= c.total())) {
                campaign = c;
                break;
            }
            if (System.nanoTime() - started > Duration.ofMinutes(60).toNanos()) {
                throw new IllegalStateException(
                        "the campaign did not start its cycles within an hour: " + c.started() + "/" + c.total());
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long cycles = jdbc().queryForObject(
                        "select count(*) from grading_case where campaign_id = ?", Long.class, campaign.id());
        double rate = cycles / seconds;
        report.add(new Row(
                String.format(Locale.ROOT, "campaign launch, cycles started/s (%,d in %.0f s)", cycles, seconds),
                "/s",
                rate,
                bareRate,
                "≥ 0.6 × baseline, all in ≤ 12 min",
                rate >= 0.6 * bareRate && seconds <= 720));
        report.note(String.format(
                Locale.ROOT,
                "launch baseline: %,d bare one-task instances started by %d threads",
                Math.min(enterprises, 5_000),
                THREADS));
        return campaign;
    }

    // ---------------------------------------------------------------- task completion

    private void completeTasks(Campaign campaign) throws Exception {
        TaskService tasks = bean(TaskService.class);
        SelfAssessmentService selfAssessments = bean(SelfAssessmentService.class);
        ChecklistService checklists = bean(ChecklistService.class);
        ObjectMapper json = bean(ObjectMapper.class);
        // a seeded sample over the whole campaign, so every county's reviewers get their share of the submissions
        List<Task> open = sample(
                tasks.createTaskQuery()
                        .taskDefinitionKey("selfAssessment")
                        .processVariableValueEquals("campaignId", campaign.id())
                        .list(),
                completions * 2,
                5);
        List<Task> ours = new ArrayList<>();
        List<Task> bare = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            (i % 2 == 0 ? ours : bare).add(open.get(i));
        }
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        for (Task t : open) {
            Checklist checklist = checklists
                    .find((String) tasks.getVariable(t.getId(), "checklistId"))
                    .orElseThrow();
            Map<String, String> a = new LinkedHashMap<>();
            for (ChecklistItem item : checklist.items()) {
                double r = random.nextDouble();
                a.put(item.id(), item.veto() || item.mandatory() || r < 0.8 ? "MET" : r < 0.95 ? "PARTIAL" : "NOT_MET");
            }
            answers.put(t.getId(), a);
        }
        Map<String, Account> enterprises = new LinkedHashMap<>();
        ours.forEach(t -> enterprises.put(t.getId(), enterprise(t)));
        Map<String, String> answerJson = new LinkedHashMap<>();
        for (Task t : bare) {
            answerJson.put(t.getId(), json.writeValueAsString(answers.get(t.getId())));
        }
        double[] rates = compare(
                ours,
                t -> selfAssessments.submit(enterprises.get(t.getId()), t.getId(), answers.get(t.getId()), "自评完成"),
                bare,
                t -> tasks.complete(
                        t.getId(), Map.of("checklistAnswers", answerJson.get(t.getId()), "comment", "自评完成")));
        double oursRate = rates[0];
        double bareRate = rates[1];
        report.add(new Row(
                "task completion: self-assessment submitted, tasks/s",
                "/s",
                oursRate,
                bareRate,
                "≥ 0.7 × baseline",
                oursRate >= 0.7 * bareRate));

        InboxService inbox = bean(InboxService.class);
        // half the submitted self-assessments are reviewed; the rest stay in the reviewers' inboxes
        List<Task> reviews = sample(
                tasks.createTaskQuery()
                        .taskDefinitionKey("preliminaryReview")
                        .processVariableValueEquals("campaignId", campaign.id())
                        .list(),
                completions,
                6);
        List<Task> oursReview = new ArrayList<>();
        List<Task> bareReview = new ArrayList<>();
        Map<String, Map<String, Object>> decisions = new LinkedHashMap<>();
        Map<String, Account> reviewers = new LinkedHashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            Task t = reviews.get(i);
            (i % 2 == 0 ? oursReview : bareReview).add(t);
            decisions.put(t.getId(), review(tasks, t));
            reviewers.put(t.getId(), reviewer(tasks, t));
        }
        double[] reviewRates = compare(
                oursReview,
                t -> inbox.complete(reviewers.get(t.getId()), t.getId(), decisions.get(t.getId())),
                bareReview,
                t -> tasks.complete(t.getId(), decisions.get(t.getId())));
        double oursReviewRate = reviewRates[0];
        double bareReviewRate = reviewRates[1];
        report.add(new Row(
                "task completion: preliminary review approved, tasks/s",
                "/s",
                oursReviewRate,
                bareReviewRate,
                "≥ 0.7 × baseline",
                oursReviewRate >= 0.7 * bareReviewRate));
        report.note(String.format(
                Locale.ROOT,
                "completion: %,d self-assessments and %,d reviews per side, %d threads, "
                        + "the same variables on both sides",
                ours.size(),
                oursReview.size(),
                THREADS));
        spotChecksAndNotices(campaign);
    }

    /** {@code count} of the tasks, drawn with the seed (the order the engine lists them in is its id order). */
    private static List<Task> sample(List<Task> all, int count, long seed) {
        List<Task> shuffled = new ArrayList<>(all);
        shuffled.sort(java.util.Comparator.comparing(Task::getId));
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        return new ArrayList<>(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    private static Map<String, Object> review(TaskService tasks, Task t) {
        Object diagnosed = tasks.getVariable(t.getId(), "diagnosedGrade");
        return Map.of(
                "reviewDecision",
                "APPROVE",
                "proposedGrade",
                diagnosed == null ? "B" : diagnosed,
                "reviewComment",
                "同意");
    }

    /**
     * The sampled cases are spot-checked by the city's expert; then the clocks move a day on, so the notices (P1D, the
     * shortest a launch accepts) run out and the job executor grades the cases.
     */
    private void spotChecksAndNotices(Campaign campaign) throws Exception {
        TaskService tasks = bean(TaskService.class);
        InboxService inbox = bean(InboxService.class);
        Account expert = account("expert");
        List<Task> checks = tasks.createTaskQuery()
                .taskDefinitionKey("spotCheck")
                .processVariableValueEquals("campaignId", campaign.id())
                .list();
        Map<String, Object> verified = new LinkedHashMap<>();
        checks.forEach(t -> verified.put(t.getId(), tasks.getVariable(t.getId(), "proposedGrade")));
        double rate = completeAll(
                checks,
                t -> inbox.complete(
                        expert,
                        t.getId(),
                        Map.of(
                                "verifiedGrade",
                                verified.get(t.getId()),
                                "falsified",
                                false,
                                "spotCheckComment",
                                "核定")));
        long reviewed = jdbc().queryForObject(
                        "select count(*) from grading_case where campaign_id = ? and step <> 'selfAssessment'"
                                + " and step <> 'preliminaryReview'",
                        Long.class,
                        campaign.id());
        ClockUtil.offset(Duration.ofDays(1).plusMinutes(1).toMillis());
        long waitStarted = System.nanoTime();
        long graded = 0;
        while (System.nanoTime() - waitStarted < Duration.ofMinutes(10).toNanos()) {
            graded = jdbc().queryForObject(
                            "select count(*) from grading_case where campaign_id = ? and step = 'GRADED'",
                            Long.class,
                            campaign.id());
            long waiting = jdbc().queryForObject(
                            "select count(*) from grading_case where campaign_id = ? and step = 'NOTICE'",
                            Long.class,
                            campaign.id());
            if (waiting == 0 && graded > 0) {
                break;
            }
            Thread.sleep(500);
        }
        cn.safetygrading.base.time.ClockConfig.resetToStart();
        report.note(String.format(
                Locale.ROOT,
                "driver: %,d spot checks by the city's expert (%.0f tasks/s); %,d of %,d reviewed cases "
                        + "graded after their notice (P1D, clocks moved a day on) ran out, the notice timers fired by"
                        + " the job executor",
                checks.size(),
                rate,
                graded,
                reviewed));
    }

    /**
     * Both sides in alternating slices of {@value #SLICE} tasks, each slice by {@value #THREADS}
     * threads, so that background work (the job executor's timers and batches) weighs on both alike.
     * Rates in tasks per second: ours, then the baseline's.
     */
    private double[] compare(List<Task> ours, Consumer<Task> oursDone, List<Task> bare, Consumer<Task> bareDone)
            throws Exception {
        double oursSeconds = 0;
        double bareSeconds = 0;
        for (int from = 0; from < Math.max(ours.size(), bare.size()); from += SLICE) {
            if (from < ours.size()) {
                List<Task> slice = ours.subList(from, Math.min(ours.size(), from + SLICE));
                oursSeconds += slice.size() / completeAll(slice, oursDone);
            }
            if (from < bare.size()) {
                List<Task> slice = bare.subList(from, Math.min(bare.size(), from + SLICE));
                bareSeconds += slice.size() / completeAll(slice, bareDone);
            }
        }
        return new double[] {ours.size() / oursSeconds, bare.size() / bareSeconds};
    }

    private static final int SLICE = 40;

    private double completeAll(List<Task> list, Consumer<Task> complete) throws Exception {
        if (list.isEmpty()) {
            return Double.NaN;
        }
        AtomicLong next = new AtomicLong();
        double seconds = parallel(THREADS, () -> {
            long i;
            while ((i = next.getAndIncrement()) < list.size()) {
                complete.accept(list.get((int) i));
            }
        });
        return list.size() / seconds;
    }

    // ---------------------------------------------------------------- history

    /**
     * Past campaigns' completed tasks, written straight into ACT_HI_TASKINST: driving 500,000 tasks
     * through the engine would take hours, and the history's only part in the figures is its size.
     */
    private void historicTasks(int count) {
        long started = System.nanoTime();
        jdbc().update("""
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                                             execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
                                             delete_reason_, priority_, due_date_, removal_time_)
                select 'hist-' || g, k.key, 'grading-cycle', 'grading-cycle:0:hist', 'histpi-' || (g / 4), 'histpi-' || (g / 4),
                       'histpi-' || (g / 4), 'histai-' || g, k.name, 'reviewer', now() - make_interval(days => 30 + g % 1800),
                       now() - make_interval(days => 30 + g % 1800) + interval '3 days', 259200000, 'completed', 50,
                       now() - make_interval(days => 20 + g % 1800), now() + interval '3000 days'
                  from generate_series(1, ?) g
                  join (values (0, 'selfAssessment', '企业自评申报'), (1, 'preliminaryReview', '初审'), (2, 'spotCheck', '抽查核定'),
                               (3, 'departmentDiagnosis', '部门诊断')) k(n, key, name) on k.n = g % 4
                """, count);
        jdbc().execute("analyze act_hi_taskinst");
        report.note(String.format(
                Locale.ROOT,
                "history: %,d completed tasks of past campaigns written into ACT_HI_TASKINST in %.0f s; "
                        + "ACT_HI_TASKINST now holds %,d rows, ACT_RU_TASK %,d",
                count,
                (System.nanoTime() - started) / 1e9,
                jdbc().queryForObject("select count(*) from act_hi_taskinst", Long.class),
                jdbc().queryForObject("select count(*) from act_ru_task", Long.class)));
    }

    // ---------------------------------------------------------------- inbox and dashboard

    private void inbox() {
        InboxService inbox = bean(InboxService.class);
        TaskService tasks = bean(TaskService.class);
        IdentityService identity = bean(IdentityService.class);
        Account reviewer = account("reviewer");
        double[] ours = latencies(() -> {
            bean(InboxQueries.class).page(reviewer, InboxFilter.all(), List.of(), 0, 50);
            bean(InboxQueries.class).count(reviewer, InboxFilter.all());
        });
        double[] camunda = latencies(() -> {
            identity.setAuthentication(reviewer.userId(), reviewer.groups());
            try {
                tasks.createTaskQuery()
                        .taskCandidateGroupIn(reviewer.groups())
                        .orderByDueDate()
                        .asc()
                        .listPage(0, 50);
                tasks.createTaskQuery().taskCandidateGroupIn(reviewer.groups()).count();
            } finally {
                identity.clearAuthentication();
            }
        });
        double p95 = BenchReport.percentile(ours, 95);
        double base = BenchReport.percentile(camunda, 95);
        report.add(new Row(
                String.format(
                        Locale.ROOT,
                        "inbox first page + count, reviewer 环翠区 (%,d of %,d open), p95",
                        bean(InboxQueries.class).count(reviewer, InboxFilter.all()),
                        jdbc().queryForObject("select count(*) from act_ru_task", Long.class)),
                "ms",
                p95,
                base,
                "≤ 100 ms and ≤ 0.5 × baseline",
                p95 <= 100 && p95 <= 0.5 * base));
        report.note(String.format(
                Locale.ROOT,
                "inbox p50 %.1f ms (TaskQuery by candidate group with authorization: p50 %.1f ms), "
                        + "%d runs after %d warm-up",
                BenchReport.percentile(ours, 50),
                BenchReport.percentile(camunda, 50),
                LATENCY_RUNS,
                LATENCY_RUNS / 10));

        Account manager = account("manager");
        InboxFilter search = new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, false, null, "荣成市第");
        double[] managerRuns = latencies(() -> {
            bean(InboxQueries.class).page(manager, search, List.of(), 0, 50);
            bean(InboxQueries.class).count(manager, search);
        });
        report.add(new Row(
                String.format(
                        Locale.ROOT,
                        "inbox page + count, manager 威海市, text search (%,d hits), p95",
                        bean(InboxQueries.class).count(manager, search)),
                "ms",
                BenchReport.percentile(managerRuns, 95),
                Double.NaN,
                "—",
                null));
    }

    /**
     * The dashboard's overdue figures when every open self-assessment is overdue: the engine's clock
     * is set past the campaign's self-assessment deadline with the job executor paused (as in the
     * minutes after a deadline passes, before its timers have run).
     */
    private void dashboard(Campaign campaign) throws Exception {
        DashboardService dashboard = bean(DashboardService.class);
        Account manager = account("manager");
        JobExecutor executor = engineConfig().getJobExecutor();
        executor.shutdown();
        ClockUtil.setCurrentTime(
                Date.from(campaign.selfAssessmentDue().plusDays(3).toInstant()));
        try {
            InboxService inbox = bean(InboxService.class);
            long overdue = bean(InboxQueries.class).overdueCount(manager);
            double[] runs = latencies(() -> {
                bean(InboxQueries.class).overdueCount(manager);
                dashboard.overdueByRegion(manager);
                dashboard.overdueByAssignee(manager);
                dashboard.overdueByDepartment(manager);
                dashboard.dueThisWeek(manager);
            });
            double p95 = BenchReport.percentile(runs, 95);
            report.add(new Row(
                    String.format(
                            Locale.ROOT,
                            "dashboard overdue aggregates (count, by county, assignee, department, due this week), 威海市, %,d overdue, p95",
                            overdue),
                    "ms",
                    p95,
                    Double.NaN,
                    "≤ 300 ms",
                    p95 <= 300));
            deadlineTimers(campaign, executor);
            try {
                engineRestTasks();
            } catch (Exception | AssertionError e) {
                report.note("/engine-rest/task not measured: " + e);
            }
        } finally {
            cn.safetygrading.base.time.ClockConfig.resetToStart();
            if (!executor.isActive()) {
                executor.start();
            }
        }
    }

    /**
     * A campaign's self-assessment deadline (issue #18): with the clock a minute past the deadline, the campaign's
     * own reminder and deadline timers are due (grading-campaign's event subprocesses); the job executor runs until
     * every case still at the self-assessment has taken the missed-deadline path and the reminder's and deadline's
     * lanes have ended. The figure is the seconds from the deadline to that moment (the cases' own safety-net
     * timers fall due an hour later, so they play no part). The baseline: the campaign's cycles suspended, as many
     * bare instances as there were open cases, each with a reminder and a deadline timer due at once (as the
     * cycles had before), run by the same job executor until all their deadlines have fired (or
     * {@value #DEADLINE_LIMIT_SECONDS} s, then extrapolated from its rate).
     */
    private void deadlineTimers(Campaign campaign, JobExecutor executor) throws InterruptedException {
        String open = "select count(*) from grading_case where campaign_id = ? and step = 'selfAssessment'"
                + " and finished_at is null";
        String campaignWork = "select count(*) from act_ru_job where process_instance_id_ = ?";
        String reminded = "select count(*) from enterprise_event e join grading_case c on c.uscc = e.uscc"
                + " where c.campaign_id = ? and e.type = 'REMINDER' and e.idempotency_key like 'reminder:%:campaign'";
        String campaignPi = campaign.processInstanceId();
        ClockUtil.setCurrentTime(
                Date.from(campaign.selfAssessmentDue().plusMinutes(1).toInstant()));
        Date now = ClockUtil.getCurrentTime();
        long openCases = jdbc().queryForObject(open, Long.class, campaign.id());
        long perCaseDue = dueTimers(now);
        ProcessEngineConfigurationImpl config = engineConfig();
        String plan = DeadlineProbe.explainAcquisition(
                jdbc(), now, config.isJobExecutorAcquireByDueDate(), config.isEnsureJobDueDateNotNull());
        long started = System.nanoTime();
        String busy;
        try (DeadlineProbe.ActivitySampler sampler = new DeadlineProbe.ActivitySampler(jdbc())) {
            executor.start();
            // the campaign's timers and batches are its jobs (the look-back's due date is a task's, not a job)
            while ((jdbc().queryForObject(open, Long.class, campaign.id()) > 0
                            || jdbc().queryForObject(campaignWork, Long.class, campaignPi) > 1)
                    && System.nanoTime() - started < DEADLINE_LIMIT_SECONDS * 1_000_000_000L) {
                Thread.sleep(PROBE_MILLIS);
            }
            executor.shutdown();
            busy = sampler.top(4);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long left = jdbc().queryForObject(open, Long.class, campaign.id());
        long remindedCases = jdbc().queryForObject(reminded, Long.class, campaign.id());

        bean(RepositoryService.class)
                .updateProcessDefinitionSuspensionState()
                .byProcessDefinitionKey("grading-cycle")
                .includeProcessInstances(true)
                .suspend();
        DeadlineProbe.deployBare(bean(RepositoryService.class));
        int bareInstances = (int) Math.max(1, openCases);
        Date dueAt = new Date(now.getTime() - 60_000);
        Date remindAt = new Date(dueAt.getTime() - Duration.ofDays(3).toMillis());
        double startSeconds = DeadlineProbe.startBare(
                bean(RuntimeService.class),
                new org.springframework.transaction.support.TransactionTemplate(
                        bean(org.springframework.transaction.PlatformTransactionManager.class)),
                bareInstances,
                THREADS,
                remindAt,
                dueAt);
        long bareDue = dueTimers(now);
        String bareMissed = "select count(*) from act_ru_task where task_def_key_ = 'bareDiagnosis'";
        long bareStarted = System.nanoTime();
        executor.start();
        while (jdbc().queryForObject(bareMissed, Long.class) < bareInstances
                && System.nanoTime() - bareStarted < DEADLINE_LIMIT_SECONDS * 1_000_000_000L) {
            Thread.sleep(PROBE_MILLIS);
        }
        executor.shutdown();
        double bareSeconds = (System.nanoTime() - bareStarted) / 1e9;
        long bareDone = jdbc().queryForObject(bareMissed, Long.class);
        double bareEstimate =
                bareDone >= bareInstances ? bareSeconds : bareSeconds * bareInstances / Math.max(1, bareDone);
        report.add(new Row(
                String.format(
                        Locale.ROOT,
                        "campaign deadline in batches: %,d open cases reminded and moved to department diagnosis,"
                                + " s from the deadline (baseline: %,d bare timers due at once, one per job%s)",
                        openCases,
                        bareDue,
                        bareDone >= bareInstances ? "" : ", extrapolated"),
                "s",
                seconds,
                bareEstimate,
                "a 50,000-enterprise campaign's in ≤ 180 s",
                left == 0 ? (Boolean) (campaignSeconds(seconds) <= 180) : Boolean.FALSE));
        report.note(String.format(
                Locale.ROOT,
                "campaign deadline: %,d open cases, %,d left after %.0f s (%.0f cases/s); %,d reminded in batches;"
                        + " %,d per-case timers were due (the safety nets fall due an hour later); baseline: %,d bare"
                        + " instances started in %.0f s, %,d of their deadlines fired in %.0f s (%.0f/s);"
                        + " acquisition plan %s; database busy with: %s",
                openCases,
                left,
                seconds,
                openCases / Math.max(seconds, 0.001),
                remindedCases,
                perCaseDue,
                bareInstances,
                startSeconds,
                bareDone,
                bareSeconds,
                bareDone / Math.max(bareSeconds, 0.001),
                plan,
                busy));
    }

    /**
     * {@code GET /engine-rest/task} (first page of 50, as Tasklist asks) for an official who may see
     * the baseline's open bare tasks (the demo reviewer made a member of their candidate group; the
     * engine grants a group's candidates each task), {@value #REST_CLIENTS} clients at once over HTTP
     * Basic, p95; once with the authorization checks as shipped (revokes not checked: our task query's grant check,
     * {@code TaskQueryMapping}), once with revokes checked ({@code authorizationCheckRevokes=always}: Camunda's own
     * SQL, per task and permission a correlated lookup) as the baseline. Camunda's default {@code auto} checks
     * revokes only once a REVOKE exists, so without one it runs our statement too; the stock join our statement
     * replaces is described in docs/performance.md (minutes at 50,000).
     */
    private void engineRestTasks() throws Exception {
        String password = "Bench-Officer-2026!";
        bean(AccountService.class).resetPassword("reviewer", password);
        IdentityService identity = bean(IdentityService.class);
        if (identity.createGroupQuery().groupId("bench-bare").count() == 0) {
            org.camunda.bpm.engine.identity.Group group = identity.newGroup("bench-bare");
            group.setName("bench-bare");
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
        identity.createMembership("reviewer", "bench-bare");
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/engine-rest";
        String auth = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(("reviewer:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String countBody = restGet(http, base + "/task/count", auth);
        long visible = new ObjectMapper().readTree(countBody).path("count").asLong();
        ProcessEngineConfigurationImpl config = engineConfig();
        String shipped = config.getAuthorizationCheckRevokes();
        double ours = restTaskP95(http, base, auth);
        config.setAuthorizationCheckRevokes("always");
        double stock = restTaskP95(http, base, auth);
        config.setAuthorizationCheckRevokes(shipped);
        report.add(new Row(
                String.format(
                        Locale.ROOT,
                        "/engine-rest/task first page, official with %,d open tasks, %d clients, p95"
                                + " (revoke checks %s; baseline: always, Camunda's own query)",
                        visible,
                        REST_CLIENTS,
                        shipped),
                "ms",
                ours,
                stock,
                "≤ 0.5 × the issue's 3.5 s",
                ours <= 1750));
    }

    private static final int REST_CLIENTS = 20;

    private static final Duration REST_TIMEOUT = Duration.ofMinutes(2);

    private double restTaskP95(java.net.http.HttpClient http, String base, String auth) throws Exception {
        List<Double> ms = java.util.Collections.synchronizedList(new ArrayList<>());
        String url = base + "/task?firstResult=0&maxResults=50";
        parallel(REST_CLIENTS, () -> {
            for (int i = 0; i < 11; i++) {
                long t = System.nanoTime();
                restGet(http, url, auth);
                if (i > 0) {
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
        });
        return BenchReport.percentile(
                ms.stream().mapToDouble(Double::doubleValue).toArray(), 95);
    }

    private static String restGet(java.net.http.HttpClient http, String url, String auth) {
        try {
            var response = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                            // at 50,000 the official's task count did not answer in 9 minutes: give up, note it, go on
                            .timeout(REST_TIMEOUT)
                            .header("Authorization", auth)
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long dueTimers(Date now) {
        return jdbc().queryForObject(
                        "select count(*) from act_ru_job where handler_type_ = 'timer-transition' and duedate_ < ?"
                                + " and suspension_state_ = 1",
                        Long.class,
                        now);
    }

    private static final int DEADLINE_LIMIT_SECONDS = 600;

    /**
     * Issue #18's target, "all of a 50,000-enterprise campaign's deadline work done within 3 minutes": the seconds
     * this run's deadline took, scaled to a campaign of 50,000 enterprises with the same share of them still open
     * (at 50,000 the measured seconds; at 5,000 ten times them, which overstates: the rate grows with N). Until
     * 2026-12-05 the check was stricter than the issue, every one of 50,000 enterprises still open at the deadline;
     * the report's note gives the rate, from which that figure follows (50,000 / rate).
     */
    private double campaignSeconds(double seconds) {
        return seconds * Math.max(1.0, 50_000.0 / enterprises);
    }

    /**
     * How often the deadline steps ask whether the work is done: each ask counts the open cases (at 50,000 every
     * 250 ms was 11 % of the database's time in the deadline); once a second overstates a figure by at most 1 s.
     */
    private static final long PROBE_MILLIS = 1000;

    private double[] latencies(Runnable action) {
        for (int i = 0; i < LATENCY_RUNS / 10; i++) {
            action.run();
        }
        double[] ms = new double[LATENCY_RUNS];
        for (int i = 0; i < LATENCY_RUNS; i++) {
            long t = System.nanoTime();
            action.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    // ---------------------------------------------------------------- decision and heap

    /**
     * processes/diagnosis-grade.dmn evaluated on one thread, inputs across its rules, no history
     * written: by Camunda's DMN engine as this application configures it (FEEL expressions parsed
     * once, {@link CachingFeelEngine}), beside the stock configuration as the baseline.
     */
    private void decision() throws java.io.IOException {
        List<Map<String, Object>> inputs = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 1024; i++) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("score", random.nextInt(0, 101) + (random.nextBoolean() ? 0.5 : 0.0));
            v.put("vetoFailed", random.nextDouble() < 0.05);
            v.put("fatalAccidentWithin3Years", random.nextDouble() < 0.02);
            v.put("generalAccident", random.nextDouble() < 0.05);
            inputs.add(v);
        }
        DefaultDmnEngineConfiguration ours =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        ours.setFeelEngineFactory(CachingFeelEngine.factory());
        double rate = evaluations(ours.buildEngine(), inputs, 5);
        double stock = evaluations(
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), inputs, 2);
        report.add(new Row(
                "diagnosis-grade evaluations/s, one thread (baseline: stock FEEL engine)",
                "/s",
                rate,
                stock,
                "≥ 50,000/s",
                rate >= 50_000));
    }

    private static double evaluations(DmnEngine dmn, List<Map<String, Object>> inputs, int seconds)
            throws java.io.IOException {
        DmnDecision decision;
        try (java.io.InputStream in = ScaleBenchmark.class.getResourceAsStream("/processes/diagnosis-grade.dmn")) {
            decision = dmn.parseDecision("diagnosis-grade", in);
        }
        int i = 0;
        long warmUp = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < warmUp) {
            dmn.evaluateDecisionTable(decision, inputs.get(i++ & 1023));
        }
        long evaluations = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long now;
        while ((now = System.nanoTime()) < end) {
            for (int k = 0; k < 100; k++) {
                dmn.evaluateDecisionTable(decision, inputs.get(i++ & 1023));
            }
            evaluations += 100;
        }
        return evaluations / ((now - start) / 1e9);
    }

    /** Last, so its 100,000 enterprises are not in the campaign: a new .xlsx beside a plain JDBC batch insert. */
    private void ledgerImport(Path dir) throws Exception {
        double[] r = cn.safetygrading.ledger.bench.LedgerImportBenchmark.newXlsx(context, dir, 100_000);
        report.add(new Row(
                "ledger import, new .xlsx of 100,000 rows, rows/s (baseline: plain JDBC batch insert)",
                "/s",
                r[0],
                r[1],
                "≥ 5,000/s and ≥ 0.2 × baseline",
                r[0] >= 5_000 && r[0] >= 0.2 * r[1]));
    }

    private void heap() {
        long max = Runtime.getRuntime().maxMemory();
        long peakUsed =
                heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        report.add(new Row(
                "heap during the campaign: live after GC, peak",
                "MB",
                peakLiveHeap.get() / (1024.0 * 1024),
                Double.NaN,
                "≤ 1 GiB",
                peakLiveHeap.get() <= 1024L * 1024 * 1024));
        report.note(String.format(
                Locale.ROOT,
                "heap: -Xmx %d MB, peak used (garbage included) %d MB",
                max / (1024 * 1024),
                peakUsed / (1024 * 1024)));
    }

    /** Samples the heap after each collection (the pools' collection usage): the live set's peak. */
    private Thread heapSampler() {
        Thread t = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        long live = heapPools.stream()
                                .mapToLong(p -> p.getCollectionUsage() == null
                                        ? 0
                                        : p.getCollectionUsage().getUsed())
                                .sum();
                        peakLiveHeap.accumulateAndGet(live, Math::max);
                        try {
                            Thread.sleep(250);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ---------------------------------------------------------------- helpers

    private double parallel(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(work));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Account account(String userId) {
        return bean(AccountService.class)
                .find(userId)
                .orElseThrow(() -> new IllegalStateException("no demo account " + userId));
    }

    /** A reviewer of the task's county in the groups the task is offered to (its county's department's reviewers). */
    private Account reviewer(TaskService tasks, Task task) {
        String county = (String) tasks.getVariable(task.getId(), "countyCode");
        List<String> groups = new ArrayList<>(List.of("reviewer"));
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .forEach(l -> groups.add(l.getGroupId()));
        return new Account("bench-reviewer-" + county, "基准审核员", Set.of(Role.REVIEWER), groups, county, null, null);
    }

    private final Map<String, String> processUscc = new java.util.concurrent.ConcurrentHashMap<>();

    private Account enterprise(Task task) {
        String uscc = processUscc.computeIfAbsent(
                task.getProcessInstanceId(),
                id -> bean(RuntimeService.class)
                        .createProcessInstanceQuery()
                        .processInstanceId(id)
                        .singleResult()
                        .getBusinessKey());
        return new Account(
                "bench-" + uscc,
                uscc,
                Set.of(Role.ENTERPRISE),
                List.of("enterprise", "enterprise-" + uscc),
                null,
                null,
                uscc);
    }

    private JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    private ProcessEngineConfigurationImpl engineConfig() {
        return (ProcessEngineConfigurationImpl) bean(ProcessEngine.class).getProcessEngineConfiguration();
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
