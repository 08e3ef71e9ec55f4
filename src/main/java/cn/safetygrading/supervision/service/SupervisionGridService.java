package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.service.Decisions;
import cn.safetygrading.grading.service.GradingFacts;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.persistence.GridMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 包保督导 (domain §8): grid units are regions (city, county, township, village) with members and a
 * head; each enterprise is assigned to the unit the {@code supervision-assignment} decision names
 * (from its management level and risk level) and to the unit's least-loaded member; the
 * {@code supervision-duties} process then creates the recurring duties, escalating overdue ones to
 * the unit's head and then one level up. Monthly statistics per unit.
 */
@Service
public class SupervisionGridService {

    public static final String PROCESS = "supervision-duties";
    /** How long each duty may take; the process's overdue timer repeats this twice (head, then one level up). */
    public static final Map<String, Duration> DUTY_TIME = Map.of(
            "halfMonthlyContact", Duration.ofDays(5), "quarterlyCheck", Duration.ofDays(15),
            "halfYearReport", Duration.ofDays(30), "yearlyDrill", Duration.ofDays(30));
    private static final List<String> LEVELS = List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");

    /** What an assignment run did: how many enterprises went to a supervisor, and those with no member in their unit. */
    public record AssignmentResult(int assigned, int unchanged, List<String> withoutSupervisor) {
    }

    private final GridMapper grid;
    private final Decisions decisions;
    private final GradingFacts facts;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Clock clock;

    public SupervisionGridService(GridMapper grid, Decisions decisions, GradingFacts facts, LedgerService ledger, EnterpriseFileService file,
                                  RuntimeService runtime, TaskService tasks, IdentityService identity, Clock clock) {
        this.grid = grid;
        this.decisions = decisions;
        this.facts = facts;
        this.ledger = ledger;
        this.file = file;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    /** A manager puts an official into a grid unit of their region (as its head, or a member). */
    @Transactional
    public void addMember(Account manager, String userId, String regionCode, boolean head) {
        requireManager(manager);
        region(manager, regionCode);
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw new Refused("grid.noSuchUser", userId);
        }
        grid.addMember(userId, regionCode, head);
    }

    /** The supervisor signs the commitment letter (承诺书) for the units they belong to. */
    @Transactional
    public int signCommitment(Account supervisor) {
        return grid.signCommitment(supervisor.userId(), OffsetDateTime.now(clock));
    }

    /**
     * Assigns every active enterprise of the region: the decision names the grid level, the unit is
     * the enterprise's region at that level, the supervisor the unit's least-loaded member. An
     * enterprise whose unit and supervisor stay the same keeps its running duties.
     */
    @Transactional
    public AssignmentResult assign(Account manager, String regionCode) {
        requireManager(manager);
        Region region = region(manager, regionCode);
        int assigned = 0;
        int unchanged = 0;
        List<String> without = new ArrayList<>();
        for (Map<String, Object> e : grid.enterprises(region.path())) {
            String uscc = (String) e.get("uscc");
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("managementLevel", e.get("managementLevel"));
            // the risk-level decision from what the system knows (accidents, the assessed level); unknown: GENERAL
            String risk = decisions.single("risk-level", facts.riskInputs(uscc, (String) e.get("riskLevel")))
                    .map(r -> (String) r.get("riskLevel")).orElse("GENERAL");
            inputs.put("riskLevel", risk);
            String level = (String) decisions.singleEntry("supervision-assignment", inputs).orElseThrow();
            String[] path = ((String) e.get("path")).split("/");
            String unit = path[Math.min(LEVELS.indexOf(level), path.length - 1)];
            List<Map<String, Object>> members = grid.membersByLoad(unit);
            if (members.isEmpty()) {
                without.add(uscc);
                continue;
            }
            Map<String, Object> current = grid.assignment(uscc).orElse(null);
            String supervisor = current != null && unit.equals(current.get("regionCode"))
                    && members.stream().anyMatch(m -> m.get("userId").equals(current.get("supervisor")))
                    ? (String) current.get("supervisor") : (String) members.get(0).get("userId");
            if (current != null && supervisor.equals(current.get("supervisor")) && unit.equals(current.get("regionCode"))) {
                if (!level.equals(current.get("gridLevel"))) {
                    // same unit and supervisor (a shallow region tree), another level: the duties go on
                    grid.upsertAssignment(uscc, level, unit, supervisor, OffsetDateTime.now(clock),
                            (String) current.get("processInstanceId"));
                }
                unchanged++;
                continue;
            }
            if (current != null && current.get("processInstanceId") != null) {
                runtime.createMessageCorrelation("supervision-ended").processInstanceId((String) current.get("processInstanceId"))
                        .correlateAll();
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("uscc", uscc);
            variables.put("supervisor", supervisor);
            variables.put("gridRegionCode", unit);
            variables.put("enterpriseName", e.get("name"));
            String pid = runtime.startProcessInstanceByKey(PROCESS, uscc, variables).getId();
            grid.upsertAssignment(uscc, level, unit, supervisor, OffsetDateTime.now(clock), pid);
            file.record(uscc, "SUPERVISION_ASSIGNED", manager.userId(), "包保督导：" + level + " 级网格 " + unit + "，包保责任人 "
                    + supervisor, null, "supervision:" + pid);
            assigned++;
        }
        return new AssignmentResult(assigned, unchanged, without);
    }

    /** The enterprise's 包保 assignment (grid level, unit, supervisor), for itself or officials in scope. */
    @Transactional(readOnly = true)
    public java.util.Optional<Map<String, Object>> assignmentOf(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return grid.assignment(uscc);
    }

    /** This month's statistics per grid unit of the region: duties due, done, overdue, escalated, enterprises. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> monthly(Account account, String regionCode, YearMonth month) {
        Region region = region(account, regionCode);
        OffsetDateTime from = month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return grid.monthly(region.path(), from, from.plusMonths(1), OffsetDateTime.now(clock));
    }

    // ---------------------------------------------------------------- called by the process

    public void dutyTask(DelegateTask task) {
        if (org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime due = now.plus(DUTY_TIME.getOrDefault(task.getTaskDefinitionKey(), Duration.ofDays(7)));
            task.setDueDate(Date.from(due.toInstant()));
            grid.insertDuty(task.getId(), (String) task.getVariable("uscc"), task.getTaskDefinitionKey(),
                    (String) task.getVariable("supervisor"), (String) task.getVariable("gridRegionCode"), now, due);
            // the escalation of this duty runs beside the task, in the same event subprocess: it finds the task here
            ExecutionEntity execution = (ExecutionEntity) task.getExecution();
            ExecutionEntity scope = execution.getParent() != null ? execution.getParent() : execution;
            scope.setVariableLocal("dutyTaskId", task.getId());
        } else if (org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Object note = task.getVariable("dutyNote");
            if (note == null || note.toString().isBlank() || note.toString().length() > 2000) {
                throw new IllegalArgumentException("dutyNote: say how the duty was done (at most 2000 characters)");
            }
            String actor = task.getAssignee() == null ? (String) task.getVariable("supervisor") : task.getAssignee();
            grid.dutyDone(task.getId(), actor, note.toString().strip(), OffsetDateTime.now(clock));
            file.record((String) task.getVariable("uscc"), "DUTY_DONE", actor, "包保督导履职：" + task.getName(), null,
                    "task:" + task.getId());
        }
    }

    /** Overdue duty: first to the unit's head, then to the head one level up (both as candidates of the task). */
    public void escalate(DelegateExecution execution) {
        String taskId = (String) execution.getVariable("dutyTaskId");
        Map<String, Object> duty = grid.duty(taskId).orElseThrow();
        if (tasks.createTaskQuery().taskId(taskId).active().count() == 0) {
            return;
        }
        int level = ((Number) duty.get("escalation")).intValue() + 1;
        String unit = (String) duty.get("regionCode");
        String target = level == 1 ? unit : parent(unit);
        String head = target == null ? null : grid.head(target).orElse(null);
        grid.escalate(taskId);
        if (head != null) {
            tasks.addCandidateUser(taskId, head);
        }
        file.record((String) duty.get("uscc"), "DUTY_ESCALATED", "system", "包保督导职责逾期，上报" + (level == 1 ? "网格长" : "上一级网格")
                + (head == null ? "（该级未设网格长）" : "：" + head), null, "duty-escalated:" + taskId + ":" + level);
    }

    private String parent(String regionCode) {
        return ledger.regionParent(regionCode).orElse(null);
    }

    private Region region(Account account, String regionCode) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        return ledger.regions(account).stream().filter(r -> r.code().equals(regionCode)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("region " + regionCode + " is not in scope"));
    }

    private static void requireManager(Account account) {
        if (!account.isAdmin() && !account.has(Role.MANAGER)) {
            throw new AccessDeniedException("the grid is managed by managers");
        }
    }
}
