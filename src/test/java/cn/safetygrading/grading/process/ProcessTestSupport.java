package cn.safetygrading.grading.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.ChecklistAnswers;
import cn.safetygrading.grading.service.ChecklistService;
import cn.safetygrading.ledger.domain.Enterprise;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives the processes in the real application: the job executor is off in tests, so each test
 * runs due jobs itself, and moves the one clock (engine and application) to reach timers.
 */
public abstract class ProcessTestSupport extends IntegrationTest {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ChecklistService checklists;

    @Autowired
    protected java.time.Clock clock;

    @Autowired
    private cn.safetygrading.grading.service.CampaignService campaignService;

    @Autowired
    private cn.safetygrading.security.service.AccountService accountService;

    @BeforeEach
    void initAssertions() {
        init(engine);
        cn.safetygrading.base.time.ClockConfig.resetToStart();
    }

    @AfterEach
    void resetClock() {
        cn.safetygrading.base.time.ClockConfig.resetToStart();
    }

    /** The demo enterprises; each test takes its own, and clears what earlier tests left on it. */
    protected static Enterprise demo(String name) {
        return DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Sets the ledger grade of a demo enterprise and ends its running processes, so each test starts clean. */
    protected void reset(String uscc, String grade) {
        for (ProcessInstance pi : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(uscc)
                .list()) {
            runtime.deleteProcessInstance(pi.getId(), "test reset", true, true);
        }
        jdbc.update("update enterprise set grade = ? where uscc = ?", grade, uscc);
        jdbc.update("delete from grade_adjustment where uscc = ?", uscc);
        jdbc.update("delete from fact_accident where uscc = ?", uscc);
        jdbc.update("update grading_case set falsified = false where uscc = ?", uscc);
        jdbc.update("update notice set status = 'WITHDRAWN' where uscc = ? and status = 'OPEN'", uscc);
    }

    /**
     * A general accident today, as the accident register records it (the decisions read the register)
     * and as its grade-event moves the grade.
     */
    protected void generalAccident(String uscc) {
        jdbc.update("""
                insert into fact_accident (id, uscc, occurred_on, recorded_by, recorded_at, grade_event, level)
                values (?, ?, ?, 'reviewer', now(), 'GENERAL_ACCIDENT', 'GENERAL')""", java.util.UUID.randomUUID().toString(), uscc, java.time.LocalDate.now(clock));
        runtime.createMessageCorrelation("grade-event")
                .processInstanceBusinessKey(uscc)
                .setVariable("event", "GENERAL_ACCIDENT")
                .setVariable("note", "一般生产安全事故")
                .correlateStartMessage();
    }

    protected ProcessInstance startCycle(String uscc, Map<String, Object> variables) {
        Map<String, Object> vars = new java.util.HashMap<>(variables);
        vars.put("uscc", uscc);
        return runtime.startProcessInstanceByKey("grading-cycle", uscc, vars);
    }

    protected Task task(ProcessInstance pi) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).list();
        if (open.size() != 1) {
            throw new AssertionError("expected one open task, found " + open.size());
        }
        return open.get(0);
    }

    protected void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        Task task = task(pi);
        if (!task.getTaskDefinitionKey().equals(taskKey)) {
            throw new AssertionError("waiting at " + task.getTaskDefinitionKey() + ", not " + taskKey);
        }
        tasks.complete(task.getId(), variables);
    }

    /** Completion variables of selfAssessment: checklist answers that score at least {@code target}. */
    protected Map<String, Object> answers(ProcessInstance pi, double target) {
        return ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), target);
    }

    protected Map<String, Object> answers(
            ProcessInstance pi, double target, boolean vetoFailed, boolean mandatoryMissing) {
        return ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), target, vetoFailed, mandatoryMissing);
    }

    /** The case record of a grading-cycle instance, as one row. */
    protected Map<String, Object> gradingCase(ProcessInstance pi) {
        return jdbc.queryForMap("select * from grading_case where process_instance_id = ?", pi.getId());
    }

    /** Runs every job of the process instance that is due now, including those that jobs create, until none is left. */
    protected void runDueJobs(String processInstanceId) {
        for (int i = 0; i < 100; i++) {
            List<Job> due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }

    /** Moves the clock of engine and application forward. */
    protected void advance(long amount, ChronoUnit unit) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(amount, unit)));
    }

    protected void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /**
     * A campaign of the region launched now by the city's manager: the self-assessment due in
     * {@code selfAssessmentDays}, the review in 20 days, the spot check in 30, the close in 40; no spot checks,
     * a notice of seven days.
     */
    protected cn.safetygrading.grading.domain.Campaign launchCampaign(
            String name, String region, int selfAssessmentDays) {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        return campaignService.launch(
                accountService.find("manager").orElseThrow(),
                new cn.safetygrading.grading.domain.NewCampaign(
                        name,
                        region,
                        2026,
                        now.plusDays(selfAssessmentDays),
                        now.plusDays(20),
                        now.plusDays(30),
                        now.plusDays(40),
                        java.math.BigDecimal.ZERO,
                        "P7D"));
    }

    protected List<String> timeline(String uscc) {
        return jdbc.queryForList("select type from enterprise_event where uscc = ? order by id", String.class, uscc);
    }

    protected String ledgerGrade(String uscc) {
        return jdbc.queryForObject("select grade from enterprise where uscc = ?", String.class, uscc);
    }

    protected long running(String processKey, String uscc) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(uscc)
                .count();
    }
}
