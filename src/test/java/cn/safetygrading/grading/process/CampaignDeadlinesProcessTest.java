package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.base.engine.TaskRaceLost;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.ledger.domain.Uscc;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign-level self-assessment reminder and deadline (grading-campaign's event subprocesses): only the
 * cases still at the self-assessment are reminded and moved, each exactly once; a case the batches missed is
 * moved by its own safety-net timer; a cycle outside a campaign keeps its own timers. In 南海新区 (371074), on
 * enterprises of this test's own.
 */
class CampaignDeadlinesProcessTest extends ProcessTestSupport {

    private static final String REGION = "371074";

    @Autowired
    PlatformTransactionManager transactions;

    final List<String> usccs = new ArrayList<>();

    @BeforeEach
    void enterprises() {
        jdbc.update("update enterprise set status = 'CLOSED' where region_code = ?", REGION);
        for (int i = 0; i < 5; i++) {
            String uscc =
                    Uscc.complete("91" + REGION + "DL" + String.format("%07d", (System.nanoTime() + i) % 10_000_000));
            jdbc.update(
                    "insert into enterprise (uscc, name, industry_code, region_code, enterprise_class, status,"
                            + " created_at, updated_at) values (?, ?, '59', ?, 'I', 'ACTIVE', now(), now())",
                    uscc,
                    "南海截止测试" + i + "有限公司",
                    REGION);
            jdbc.update(
                    "insert into account (user_id, display_name, region_code, uscc, created_at)"
                            + " values (?, ?, ?, ?, now())",
                    "dl-" + uscc,
                    "南海企业" + i,
                    REGION,
                    uscc);
            usccs.add(uscc);
        }
    }

    @AfterEach
    void closeThem() {
        usccs.forEach(u -> reset(u, null));
        jdbc.update("update enterprise set status = 'CLOSED' where region_code = ?", REGION);
    }

    @Test
    void theCampaignRemindsAndMovesOnlyItsOpenCasesOnceInBatches() {
        Campaign campaign = launchCampaign("南海新区分级评定", REGION, 10);
        String campaignPi = campaign.processInstanceId();
        runDueJobs(campaignPi);
        List<ProcessInstance> cycles = usccs.stream().map(this::cycle).toList();

        // a campaign cycle's own deadline is the safety net, an hour late; its reminder never comes before it
        Job deadlineTimer = timer(cycles.get(0), "Timer_SelfAssessmentDeadline");
        assertThat(deadlineTimer.getDuedate().toInstant())
                .isEqualTo(campaign.selfAssessmentDue().toInstant().plus(Duration.ofHours(1)));
        assertThat(timer(cycles.get(0), "Timer_SelfAssessmentReminder").getDuedate())
                .isAfter(deadlineTimer.getDuedate());

        // one enterprise submits in time
        complete(cycles.get(0), "selfAssessment", answers(cycles.get(0), 90));

        // the reminder: one campaign timer, the open cases reminded, the submitted one not
        moveTo(campaign.selfAssessmentDue().minusDays(3).plusMinutes(1).toInstant());
        runDueJobs(campaignPi);
        runDueJobs(campaignPi);
        assertThat(timeline(usccs.get(0))).doesNotContain("REMINDER");
        for (int i = 1; i < 5; i++) {
            assertThat(timeline(usccs.get(i))).filteredOn("REMINDER"::equals).hasSize(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where recipient = ? and kind = 'SELF_ASSESSMENT_REMINDER'",
                            Long.class,
                            "dl-" + usccs.get(i)))
                    .isOne();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where recipient = ?", Long.class, "dl-" + usccs.get(0)))
                .isZero();

        // the batches miss one case (as if it were still being started): its own timer is the safety net
        String missed = cycles.get(4).getId();
        jdbc.update("update grading_case set step = 'STARTING' where process_instance_id = ?", missed);

        // the deadline: every open case takes the missed-deadline path in the batches, once
        moveTo(campaign.selfAssessmentDue().plusMinutes(1).toInstant());
        runDueJobs(campaignPi);
        assertThat(cycles.get(0)).isWaitingAt("preliminaryReview");
        for (int i = 1; i < 4; i++) {
            runDueJobs(cycles.get(i).getId());
            assertThat(cycles.get(i))
                    .isWaitingAt("departmentDiagnosis")
                    .hasPassed("Message_SelfAssessmentDeadline", "Task_RecordMissedDeadline")
                    .hasNotPassed("Timer_SelfAssessmentDeadline", "Task_SendReminder");
            assertThat(timeline(usccs.get(i)))
                    .filteredOn("DEADLINE_MISSED"::equals)
                    .hasSize(1);
            assertThat(management
                            .createJobQuery()
                            .processInstanceId(cycles.get(i).getId())
                            .timers()
                            .count())
                    .as("the task's timers went with it")
                    .isZero();
        }
        assertThat(cycles.get(4)).isWaitingAt("selfAssessment");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(campaignPi)
                        .singleResult())
                .isNotNull();
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(campaignPi)
                        .activityId("Task_DeadlineBatch")
                        .count())
                .as("the deadline's lanes have finished")
                .isZero();

        jdbc.update("update grading_case set step = 'selfAssessment' where process_instance_id = ?", missed);
        runDueJobs(missed);
        assertThat(cycles.get(4)).isWaitingAt("selfAssessment");
        advance(1, ChronoUnit.HOURS);
        runDueJobs(missed);
        assertThat(cycles.get(4))
                .isWaitingAt("departmentDiagnosis")
                .hasPassed("Timer_SelfAssessmentDeadline", "Task_RecordMissedDeadline");
        assertThat(timeline(usccs.get(4))).filteredOn("DEADLINE_MISSED"::equals).hasSize(1);

        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        runDueJobs(campaignPi);
        complete(
                runtime.createProcessInstanceQuery()
                        .processInstanceId(campaignPi)
                        .singleResult(),
                "lookBack",
                Map.of("lookBackFindings", "无"));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(campaignPi)
                        .count())
                .isZero();
    }

    @Test
    void aCampaignLaunchedPastItsReminderTimeRemindsEveryCaseOnceAfterTheLanesAndClosingEndsItsTimers() {
        // the reminder lead (3 days) before a deadline one day ahead has passed already at the launch
        Campaign campaign = launchCampaign("南海新区分级评定（临近截止）", REGION, 1);
        String campaignPi = campaign.processInstanceId();
        assertThat(campaignTimers(campaignPi))
                .as("no campaign deadline timer before every cycle is started")
                .isEmpty();
        runDueJobs(campaignPi);
        List<ProcessInstance> cycles = usccs.stream().map(this::cycle).toList();
        assertThat(cycles).doesNotContainNull();
        for (int i = 0; i < 5; i++) {
            assertThat(timeline(usccs.get(i))).filteredOn("REMINDER"::equals).hasSize(1);
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where recipient = ? and kind = 'SELF_ASSESSMENT_REMINDER'",
                            Long.class,
                            "dl-" + usccs.get(i)))
                    .isOne();
            assertThat(cycles.get(i)).isWaitingAt("selfAssessment");
        }
        assertThat(campaignTimers(campaignPi))
                .containsExactlyInAnyOrder("Start_CampaignDeadline", "Timer_CampaignCloses");

        // closing early ends the campaign's deadline timer; the cycles keep their own safety-net timers
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        assertThat(campaignTimers(campaignPi)).isEmpty();
        runDueJobs(campaignPi);
        assertThat(timer(cycles.get(1), "Timer_SelfAssessmentDeadline")).isNotNull();
        complete(
                runtime.createProcessInstanceQuery()
                        .processInstanceId(campaignPi)
                        .singleResult(),
                "lookBack",
                Map.of("lookBackFindings", "无"));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(campaignPi)
                        .count())
                .isZero();
        for (int i = 0; i < 5; i++) {
            assertThat(timeline(usccs.get(i))).filteredOn("REMINDER"::equals).hasSize(1);
        }
    }

    @Test
    void aSubmissionCommittingWhileTheDeadlineBatchRunsStandsAndTheBatchRetriesWithoutIt() throws Exception {
        Campaign campaign = launchAndStart("南海新区分级评定（提交与截止同时）");
        List<ProcessInstance> cycles = usccs.stream().map(this::cycle).toList();
        Map<String, Object> submitted = answers(cycles.get(0), 90);
        String submittedTask = task(cycles.get(0)).getId();
        List<Job> batches = deadlineBatches(campaign);

        // the enterprise's submission has flushed, not yet committed, when the deadline's batches run
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Exception> failures = secondWaitsForFirst(
                            pool, () -> tasks.complete(submittedTask, submitted), () -> executeEach(batches))
                    .get(30, TimeUnit.SECONDS);
            assertThat(failures)
                    .as("the batch holding the submitted case lost the race and rolled back")
                    .isNotEmpty();
        } finally {
            pool.shutdownNow();
        }

        // the retry passes the submitted case over and moves the others, each once
        runDueJobs(campaign.processInstanceId());
        assertThat(cycles.get(0)).isWaitingAt("preliminaryReview");
        assertThat(timeline(usccs.get(0))).doesNotContain("DEADLINE_MISSED");
        for (int i = 1; i < 5; i++) {
            runDueJobs(cycles.get(i).getId());
            assertThat(cycles.get(i)).isWaitingAt("departmentDiagnosis");
            assertThat(timeline(usccs.get(i)))
                    .filteredOn("DEADLINE_MISSED"::equals)
                    .hasSize(1);
        }
        assertThat(runtime.createIncidentQuery()
                        .processInstanceId(campaign.processInstanceId())
                        .count())
                .isZero();
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(campaign.processInstanceId())
                        .activityId("Task_DeadlineBatch")
                        .count())
                .isZero();
    }

    @Test
    void aSubmissionAfterTheDeadlineBatchMovedTheCaseIsToldTheTaskIsDoneAndRecordsNothing() throws Exception {
        Campaign campaign = launchAndStart("南海新区分级评定（截止后提交）");
        List<ProcessInstance> cycles = usccs.stream().map(this::cycle).toList();
        Map<String, Object> late = answers(cycles.get(0), 90);
        String lateTask = task(cycles.get(0)).getId();
        List<Job> batches = deadlineBatches(campaign);

        // the deadline's batches have flushed, not yet committed, when the enterprise submits
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> submission =
                    secondWaitsForFirst(pool, () -> batches.forEach(j -> management.executeJob(j.getId())), () -> {
                        tasks.complete(lateTask, late);
                        return null;
                    });
            assertThatThrownBy(() -> submission.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TaskRaceLost.class)
                    .cause()
                    .satisfies(lost -> assertThat(((TaskRaceLost) lost).kind()).isEqualTo(TaskRaceLost.Kind.GONE));
        } finally {
            pool.shutdownNow();
        }

        runDueJobs(campaign.processInstanceId());
        runDueJobs(cycles.get(0).getId());
        assertThat(cycles.get(0)).isWaitingAt("departmentDiagnosis");
        assertThat(timeline(usccs.get(0))).filteredOn("DEADLINE_MISSED"::equals).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from grading_round r join grading_case c on c.id = r.case_id"
                                + " where c.process_instance_id = ? and r.kind = 'SELF_ASSESSMENT'",
                        Long.class,
                        cycles.get(0).getId()))
                .as("the late submission left no round behind")
                .isZero();
    }

    /** A campaign over this test's enterprises, its cycles started, the deadline ten days ahead. */
    private Campaign launchAndStart(String name) {
        Campaign campaign = launchCampaign(name, REGION, 10);
        runDueJobs(campaign.processInstanceId());
        return campaign;
    }

    /** The clock a minute past the deadline, the campaign's deadline timer fired: its lanes' first batch jobs. */
    private List<Job> deadlineBatches(Campaign campaign) {
        moveTo(campaign.selfAssessmentDue().plusMinutes(1).toInstant());
        Job timer = management
                .createJobQuery()
                .processInstanceId(campaign.processInstanceId())
                .activityId("Start_CampaignDeadline")
                .singleResult();
        management.executeJob(timer.getId());
        List<Job> batches = management
                .createJobQuery()
                .processInstanceId(campaign.processInstanceId())
                .activityId("Task_DeadlineBatch")
                .list();
        assertThat(batches).isNotEmpty();
        return batches;
    }

    private List<Exception> executeEach(List<Job> jobs) {
        List<Exception> failures = new ArrayList<>();
        for (Job job : jobs) {
            try {
                management.executeJob(job.getId());
            } catch (Exception e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /**
     * {@code first} runs in a transaction held open after its flush; {@code second} starts then, and once it waits for
     * the first one's rows the first commits. The second's outcome, for the test to read.
     */
    private <T> Future<T> secondWaitsForFirst(ExecutorService pool, Runnable first, Callable<T> second)
            throws Exception {
        CountDownLatch flushed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<?> held = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                first.run();
                flushed.countDown();
                await(commit);
            }));
            assertThat(flushed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<T> waiting = pool.submit(second);
            awaitLockWait();
            commit.countDown();
            held.get(30, TimeUnit.SECONDS);
            return waiting;
        } finally {
            commit.countDown();
        }
    }

    /** Until a statement of this database waits for a row lock: the second writer has reached the first one's rows. */
    private void awaitLockWait() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (jdbc.queryForObject(
                        "select count(*) from pg_stat_activity where datname = current_database()"
                                + " and wait_event_type = 'Lock'",
                        Long.class)
                == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the second writer never waited for the first one's rows");
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> campaignTimers(String campaignPi) {
        return management.createJobQuery().processInstanceId(campaignPi).timers().list().stream()
                .map(j -> management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(j.getJobDefinitionId())
                        .singleResult()
                        .getActivityId())
                .toList();
    }

    @Test
    void aCycleOutsideACampaignKeepsItsOwnReminderAndDeadline() {
        String uscc = usccs.get(0);
        ProcessInstance pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
        Job deadline = timer(pi, "Timer_SelfAssessmentDeadline");
        assertThat(deadline.getDuedate()).isEqualTo(task(pi).getDueDate());
        Job reminder = timer(pi, "Timer_SelfAssessmentReminder");
        assertThat(reminder.getDuedate()).isBefore(deadline.getDuedate());
        moveTo(reminder.getDuedate().toInstant().plusSeconds(60));
        runDueJobs(pi.getId());
        assertThat(pi).isWaitingAt("selfAssessment").hasPassed("Task_SendReminder");
        moveTo(deadline.getDuedate().toInstant().plusSeconds(60));
        runDueJobs(pi.getId());
        assertThat(pi)
                .isWaitingAt("departmentDiagnosis")
                .hasPassed("Task_SendReminder", "Timer_SelfAssessmentDeadline");
    }

    private ProcessInstance cycle(String uscc) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(uscc)
                .singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .singleResult();
    }
}
