package cn.safetygrading.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scale benchmark needs to explain timers falling due together: the job executor's
 * acquisition query as PostgreSQL runs it, what the database is busy with while the timers run
 * (sampled from {@code pg_stat_activity}), and the bare-engine baseline: one-task processes with the
 * same two boundary timers as a grading cycle's self-assessment (a non-interrupting reminder, an
 * interrupting deadline leading to a second user task).
 */
final class DeadlineProbe {

    static final String BARE_KEY = "bench-bare-timer";

    private DeadlineProbe() {}

    /**
     * The acquisition query of Camunda 7.24 ({@code Job.xml}, {@code selectNextJobsToExecute}) as the
     * engine sends it with the given settings, under {@code EXPLAIN (ANALYZE, BUFFERS)}: its plan's
     * first line and the execution time.
     */
    static String explainAcquisition(JdbcTemplate jdbc, Date now, boolean byDueDate, boolean dueDateNotNull) {
        String sql = "explain (analyze, buffers) select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_,"
                + " RES.EXCLUSIVE_ from ACT_RU_JOB RES where (RES.RETRIES_ > 0) and ("
                + (dueDateNotNull ? "" : "RES.DUEDATE_ is null or ")
                + "RES.DUEDATE_ <= ?) and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < ?)"
                + " and RES.SUSPENSION_STATE_ = 1 and ((RES.EXCLUSIVE_ = true and not exists(select J2.ID_ from"
                + " ACT_RU_JOB J2 where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)"
                + " and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= ?))) or RES.EXCLUSIVE_ = false)"
                + (byDueDate ? " order by RES.DUEDATE_ asc" : "")
                + " LIMIT 4 OFFSET 0";
        List<String> plan = jdbc.queryForList(sql, String.class, now, now, now);
        String nodes = plan.stream()
                .map(String::strip)
                .filter(l -> l.startsWith("->") || plan.indexOf(l) == 0)
                .map(l -> l.replaceFirst("^-> ", "").replaceAll("\\(cost=[^)]*\\) ", ""))
                .limit(4)
                .collect(Collectors.joining(" / "));
        String time = plan.stream()
                .filter(l -> l.startsWith("Execution Time"))
                .findFirst()
                .orElse("");
        return time + " — " + nodes;
    }

    /** Samples the statements the database is running, every 20 ms, until stopped. */
    static final class ActivitySampler implements AutoCloseable {
        private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        private final AtomicLong samples = new AtomicLong();
        private final Thread thread;

        ActivitySampler(JdbcTemplate jdbc) {
            thread = new Thread(
                    () -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            try {
                                for (String q : jdbc.queryForList(
                                        "select left(regexp_replace(query, '\\s+', ' ', 'g'), 110) from pg_stat_activity"
                                                + " where state = 'active' and pid <> pg_backend_pid()"
                                                + " and backend_type = 'client backend'",
                                        String.class)) {
                                    counts.computeIfAbsent(q, k -> new AtomicLong())
                                            .incrementAndGet();
                                }
                                samples.incrementAndGet();
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            } catch (RuntimeException e) {
                                // the pool may be busy: skip the sample
                            }
                        }
                    },
                    "pg-activity-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** The statements seen most often, with the share of samples in which each was running. */
        String top(int n) {
            long total = Math.max(1, samples.get());
            List<Map.Entry<String, AtomicLong>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()));
            return entries.stream()
                    .limit(n)
                    .map(e -> String.format("%.0f %% `%s`", 100.0 * e.getValue().get() / total, e.getKey()))
                    .collect(Collectors.joining("; "));
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(2000);
        }
    }

    /** Deploys the bare process: a user task with a reminder and a deadline timer, as a grading cycle's. */
    static void deployBare(RepositoryService repository) {
        repository
                .createDeployment()
                .name(BARE_KEY)
                .addModelInstance(
                        BARE_KEY + ".bpmn",
                        Bpmn.createExecutableProcess(BARE_KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("bareSelf")
                                .camundaCandidateGroups("bench-bare")
                                .boundaryEvent("bareReminder")
                                .cancelActivity(false)
                                .timerWithDate("${remind}")
                                .endEvent("bareReminded")
                                .moveToActivity("bareSelf")
                                .boundaryEvent("bareDeadline")
                                .timerWithDate("${due}")
                                .userTask("bareDiagnosis")
                                .camundaCandidateGroups("bench-bare")
                                .endEvent("bareDiagnosed")
                                .moveToActivity("bareSelf")
                                .endEvent("bareSubmitted")
                                .done())
                .deploy();
    }

    /** Starts {@code count} bare instances, 200 per transaction on {@code threads} threads; seconds taken. */
    static double startBare(
            RuntimeService runtime, TransactionTemplate tx, int count, int threads, Date remind, Date due)
            throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                long from;
                while ((from = next.getAndAdd(200)) < count) {
                    long to = Math.min(count, from + 200);
                    long first = from;
                    tx.executeWithoutResult(s -> {
                        for (long i = first; i < to; i++) {
                            runtime.startProcessInstanceByKey(
                                    BARE_KEY, "bare-timer-" + i, Map.of("remind", remind, "due", due));
                        }
                    });
                }
            });
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
