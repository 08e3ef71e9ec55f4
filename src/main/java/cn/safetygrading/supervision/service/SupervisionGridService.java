package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.service.Decisions;
import cn.safetygrading.grading.service.GradingFacts;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.GridUnitMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
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
    /** The message a unit head sends to give an enterprise's 包保 person a 临时 duty. */
    public static final String AD_HOC_MESSAGE = "supervision-adhoc-duty";
    /** The calendar cycle of each duty (seed 004, 八条规定 二 to 七), by task definition key. */
    public static final Map<String, DutyCalendar.Cycle> DUTY_CYCLE = Map.of(
            "halfMonthlyContact",
            DutyCalendar.Cycle.HALF_MONTH,
            "quarterlyMeeting",
            DutyCalendar.Cycle.QUARTER,
            "quarterlyTalk",
            DutyCalendar.Cycle.QUARTER,
            "quarterlyRiskCheck",
            DutyCalendar.Cycle.QUARTER,
            "halfYearReport",
            DutyCalendar.Cycle.HALF_YEAR,
            "yearlyDrill",
            DutyCalendar.Cycle.YEAR);
    /** The national 安全生产举报投诉 line, shown when no unit up the grid has set its own 监督电话. */
    public static final String DEFAULT_HOTLINE = "12350";

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final List<String> LEVELS = List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE");

    /** What an assignment run did: how many enterprises went to a supervisor, and those with no member in their unit. */
    public record AssignmentResult(int assigned, int unchanged, List<String> withoutSupervisor) {}

    private final GridMapper grid;
    private final GridUnitMapper units;
    private final DutyCalendar calendar;
    private final SupervisionProblemService problems;
    private final Decisions decisions;
    private final GradingFacts facts;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final org.camunda.bpm.engine.RepositoryService repository;
    private final IdentityService identity;
    private final Clock clock;
    private final ScopeService scopes;

    public SupervisionGridService(
            GridMapper grid,
            GridUnitMapper units,
            DutyCalendar calendar,
            SupervisionProblemService problems,
            Decisions decisions,
            GradingFacts facts,
            LedgerService ledger,
            EnterpriseFileService file,
            RuntimeService runtime,
            TaskService tasks,
            org.camunda.bpm.engine.RepositoryService repository,
            IdentityService identity,
            Clock clock,
            ScopeService scopes) {
        this.scopes = scopes;
        this.repository = repository;
        this.grid = grid;
        this.units = units;
        this.calendar = calendar;
        this.problems = problems;
        this.decisions = decisions;
        this.facts = facts;
        this.ledger = ledger;
        this.file = file;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * A fact register changed what the risk-level decision says (an accident, new risk facts): the
     * enterprise's assignment keeps the new level; its grid level follows at the next assignment.
     * Returns whether the enterprise has an assignment that took it.
     */
    @Transactional
    public boolean riskLevelDecided(String uscc, String riskLevel) {
        return units.saveRiskLevel(uscc, riskLevel) > 0;
    }

    /** A manager puts an official into a grid unit of their region (as its head, or a member). */
    @Transactional
    public void addMember(Account manager, String userId, String regionCode, boolean head) {
        requireManager(manager);
        region(manager, regionCode);
        if (identity.createUserQuery().userId(userId).count() == 0) {
            throw new Refused("grid.noSuchUser", userId);
        }
        grid.addMember(userId, regionCode, false);
        if (head) {
            setHead(manager, userId, regionCode);
        }
    }

    /** A manager puts an official into a unit with the phone the enterprise's 公示栏 shows (or none). */
    @Transactional
    public void addMember(Account manager, String userId, String regionCode, boolean head, String phone) {
        addMember(manager, userId, regionCode, head);
        units.setPhone(userId, regionCode, phone(phone));
    }

    /** A manager takes an official out of a unit; the enterprises they supervise are reassigned at the next assignment run. */
    @Transactional
    public void removeMember(Account manager, String userId, String regionCode) {
        requireManager(manager);
        region(manager, regionCode);
        if (units.removeMember(userId, regionCode) == 0) {
            throw new Refused("grid.notMember", userId);
        }
    }

    /** A manager makes a member the unit's 网格长 (one per unit: the former head stays a member). */
    @Transactional
    public void setHead(Account manager, String userId, String regionCode) {
        requireManager(manager);
        region(manager, regionCode);
        if (units.member(userId, regionCode).isEmpty()) {
            throw new Refused("grid.notMember", userId);
        }
        units.clearHead(regionCode);
        units.setHead(userId, regionCode);
    }

    /** A manager sets the unit's 监督电话 (shown on the enterprises' public contact pages). */
    @Transactional
    public void setHotline(Account manager, String regionCode, String hotline) {
        requireManager(manager);
        region(manager, regionCode);
        String phone = phone(hotline);
        if (phone == null) {
            throw new Refused("grid.phoneInvalid", hotline);
        }
        units.setHotline(regionCode, phone);
    }

    /** The members of the units in and under a region, for officials of that region. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> members(Account account, String regionCode) {
        return units.members(region(account, regionCode).path());
    }

    /** A phone number as people write it (digits, spaces, dashes, a leading +), or null when blank; anything else refused. */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (!p.matches("\\+?[0-9][0-9 \\-]{2,28}")) {
            throw new Refused("grid.phoneInvalid", p);
        }
        return p;
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
        for (Map<String, Object> e : grid.enterprises(scopes.within(manager, region))) {
            String uscc = (String) e.get("uscc");
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("managementLevel", e.get("managementLevel"));
            // the risk-level decision from what the system knows (accidents, the assessed level); unknown: GENERAL
            String risk = decisions
                    .single("risk-level", facts.riskInputs(uscc, (String) e.get("riskLevel")))
                    .map(r -> (String) r.get("riskLevel"))
                    .orElse("GENERAL");
            inputs.put("riskLevel", risk);
            String decided = (String)
                    decisions.singleEntry("supervision-assignment", inputs).orElseThrow();
            String level = units.overrideLevel(uscc).orElse(decided);
            String[] path = ((String) e.get("path")).split("/");
            String unit = path[Math.min(LEVELS.indexOf(level), path.length - 1)];
            List<Map<String, Object>> members = grid.membersByLoad(unit);
            if (members.isEmpty()) {
                without.add(uscc);
                continue;
            }
            Map<String, Object> current = grid.assignment(uscc).orElse(null);
            String supervisor = current != null
                            && unit.equals(current.get("regionCode"))
                            && members.stream().anyMatch(m -> m.get("userId").equals(current.get("supervisor")))
                    ? (String) current.get("supervisor")
                    : (String) members.get(0).get("userId");
            if (current != null
                    && supervisor.equals(current.get("supervisor"))
                    && unit.equals(current.get("regionCode"))
                    && current(current.get("processInstanceId"))) {
                if (!level.equals(current.get("gridLevel"))) {
                    // same unit and supervisor (a shallow region tree), another level: the duties go on
                    grid.upsertAssignment(uscc, level, unit, supervisor, OffsetDateTime.now(clock), (String)
                            current.get("processInstanceId"));
                }
                units.saveRisk(uscc, risk, decided);
                unchanged++;
                continue;
            }
            if (current != null && current.get("processInstanceId") != null) {
                String old = (String) current.get("processInstanceId");
                runtime.createMessageCorrelation("supervision-ended")
                        .processInstanceId(old)
                        .correlateAll();
                // an instance of an older definition may outlive the message (its duties in non-terminating
                // subprocesses)
                if (runtime.createProcessInstanceQuery().processInstanceId(old).count() > 0) {
                    runtime.deleteProcessInstance(old, "supervision-ended: superseded", false, true);
                }
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("uscc", uscc);
            variables.put("supervisor", supervisor);
            variables.put("gridRegionCode", unit);
            variables.put("enterpriseName", e.get("name"));
            String pid =
                    runtime.startProcessInstanceByKey(PROCESS, uscc, variables).getId();
            grid.upsertAssignment(uscc, level, unit, supervisor, OffsetDateTime.now(clock), pid);
            units.saveRisk(uscc, risk, decided);
            file.record(
                    uscc,
                    "SUPERVISION_ASSIGNED",
                    manager.userId(),
                    "包保督导：" + level + " 级网格 " + unit + "，包保责任人 " + supervisor,
                    null,
                    "supervision:" + pid);
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

    /**
     * A manager's recorded override of the decided grid level (docs/decisions.md): who, when and why,
     * audited; the next assignment run follows it. A blank level removes nothing: overrides are replaced, never erased.
     */
    @Transactional
    public void override(Account manager, String uscc, String gridLevel, String reason) {
        requireManager(manager);
        ledger.requireVisible(manager, uscc);
        if (!LEVELS.contains(gridLevel)) {
            throw new Refused("grid.overrideLevel", String.valueOf(gridLevel));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw new Refused("grid.overrideReason", "");
        }
        units.saveOverride(uscc, gridLevel, manager.userId(), OffsetDateTime.now(clock), reason.strip());
        file.record(
                uscc,
                "SUPERVISION_OVERRIDE",
                manager.userId(),
                "包保网格层级调整为 " + gridLevel + "：" + reason.strip(),
                null,
                null);
    }

    /** The assigned enterprises of a region with their decided risk level, grid level and override; key enterprises only if asked. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> assignments(Account account, String regionCode, boolean keyOnly) {
        return units.assignments(scopes.within(account, region(account, regionCode)), keyOnly);
    }

    /**
     * The unguessable link of the enterprise's printable contact page (公示栏), made on first request:
     * the enterprise itself or an official in scope. 128 random bits, so the pages cannot be listed by
     * walking USCCs (the 安全专员's phone is published where the enterprise posts it, not to crawlers).
     */
    @Transactional
    public String contactToken(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return units.contactToken(uscc).orElseGet(() -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            units.saveContactToken(uscc, java.util.HexFormat.of().formatHex(bytes), OffsetDateTime.now(clock));
            return units.contactToken(uscc).orElseThrow();
        });
    }

    /** What the public contact page of a token shows (no login): the enterprise, its 安全专员 and phone, the unit's head and 监督电话. */
    @Transactional(readOnly = true)
    public java.util.Optional<Map<String, Object>> publicContact(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return java.util.Optional.empty();
        }
        return units.publicContact(token).map(row -> {
            Map<String, Object> contact = new HashMap<>(row);
            String unit = (String) row.get("unitCode");
            String hotline = null;
            for (String r = unit; r != null && hotline == null; r = parent(r)) {
                hotline = units.hotline(r).orElse(null);
            }
            contact.put("hotline", hotline == null ? DEFAULT_HOTLINE : hotline);
            return contact;
        });
    }

    /**
     * The month's roster per enterprise under a region (一乡镇一张表 for a township, 一县区一名册 for a
     * county): township, enterprise, risk level, grid unit, 包保 person and phone, duties due in the month,
     * done, overdue, escalated, problems reported and still open, consultations.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> monthlyRoster(Account account, String regionCode, YearMonth month) {
        Region region = region(account, regionCode);
        OffsetDateTime from = month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return units.monthlyRoster(scopes.within(account, region), from, from.plusMonths(1), OffsetDateTime.now(clock));
    }

    /** This month's statistics per grid unit of the region: duties due, done, overdue, escalated, enterprises. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> monthly(Account account, String regionCode, YearMonth month) {
        Region region = region(account, regionCode);
        OffsetDateTime from = month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return grid.monthly(scopes.within(account, region), from, from.plusMonths(1), OffsetDateTime.now(clock));
    }

    // ---------------------------------------------------------------- called by the process

    public void dutyTask(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            String title = task.getName();
            if ("adHocDuty".equals(key)) {
                title = (String) task.getVariable("adHocTitle");
                task.setName(task.getName() + "：" + title);
            } else if ("consultationAnswer".equals(key)) {
                title = (String) task.getVariable("question");
            }
            OffsetDateTime due =
                    task.getDueDate().toInstant().atZone(clock.getZone()).toOffsetDateTime();
            DutyCalendar.Cycle cycle = DUTY_CYCLE.get(key);
            grid.insertDuty(
                    task.getId(),
                    (String) task.getVariable("uscc"),
                    key,
                    (String) task.getVariable("supervisor"),
                    (String) task.getVariable("gridRegionCode"),
                    now,
                    due);
            grid.dutyPeriod(
                    task.getId(),
                    cycle == null ? null : DutyCalendar.periodStart(cycle, now.toLocalDate()),
                    title == null ? null : title.substring(0, Math.min(200, title.length())));
            // the escalation of this duty runs beside the task, in the duty's own subprocess: it finds the task here
            ExecutionEntity execution = (ExecutionEntity) task.getExecution();
            ExecutionEntity scope = execution.getParent() != null ? execution.getParent() : execution;
            scope.setVariableLocal("dutyTaskId", task.getId());
            scope.setVariableLocal("dutyTitle", title);
            // the completion's values stay with this duty: the next period's duty starts with an empty form
            for (String name : List.of("dutyNote", "problemKind", "problemText", "consultationAnswer")) {
                scope.setVariableLocal(name, null);
            }
        } else if (org.camunda.bpm.engine.delegate.TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String field = "consultationAnswer".equals(key) ? "consultationAnswer" : "dutyNote";
            Object note = task.getVariable(field);
            if (note == null || note.toString().isBlank() || note.toString().length() > 4000) {
                throw new IllegalArgumentException(field + ": say how the duty was done (at most 4000 characters)");
            }
            String actor = task.getAssignee() == null ? (String) task.getVariable("supervisor") : task.getAssignee();
            String text = note.toString().strip();
            grid.dutyDone(
                    task.getId(), actor, text.substring(0, Math.min(2000, text.length())), OffsetDateTime.now(clock));
            file.record(
                    (String) task.getVariable("uscc"),
                    "DUTY_DONE",
                    actor,
                    "包保督导履职：" + task.getName(),
                    null,
                    "task:" + task.getId());
            if ("consultationAnswer".equals(key)) {
                problems.answered((String) task.getVariable("consultationId"), text, actor);
            }
            Object kind = task.getVariable("problemKind");
            Object problem = task.getVariable("problemText");
            if (kind != null && !kind.toString().isBlank()) {
                if (problem == null || problem.toString().isBlank()) {
                    throw new IllegalArgumentException("problemText: describe the problem to register it");
                }
                problems.openFromDuty(
                        (String) task.getVariable("uscc"),
                        actor,
                        task.getId(),
                        (String) task.getVariable("gridRegionCode"),
                        (String) task.getVariable("supervisor"),
                        kind.toString(),
                        problem.toString());
            }
        }
    }

    /**
     * A unit head (the head of the enterprise's unit or of a unit above it) or a manager of the region
     * gives the enterprise's 包保 person a 临时 duty with its deadline (八条规定 八).
     */
    @Transactional
    public void assignAdHoc(Account head, String uscc, String title, LocalDate due) {
        Map<String, Object> assignment = grid.assignment(uscc).orElseThrow(() -> new Refused("grid.notAssigned", uscc));
        String unit = (String) assignment.get("regionCode");
        boolean isHead = false;
        for (String r = unit; r != null && !isHead; r = parent(r)) {
            isHead = head.userId().equals(grid.head(r).orElse(null));
        }
        if (!isHead) {
            requireManager(head);
            ledger.requireVisible(head, uscc);
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new Refused("grid.adHocTitle", title);
        }
        if (due == null || due.isBefore(calendar.today())) {
            throw new Refused("grid.adHocDue", due == null ? "" : due.toString());
        }
        runtime.createMessageCorrelation(AD_HOC_MESSAGE)
                .processInstanceId((String) assignment.get("processInstanceId"))
                .setVariable("adHocTitle", title.strip())
                .setVariable("adHocDue", due.toString())
                .correlate();
        file.record(uscc, "DUTY_AD_HOC", head.userId(), "临时督导工作：" + title.strip() + "（" + due + " 前）", null, null);
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
        file.record(
                (String) duty.get("uscc"),
                "DUTY_ESCALATED",
                "system",
                "包保督导职责逾期，上报" + (level == 1 ? "网格长" : "上一级网格") + (head == null ? "（该级未设网格长）" : "：" + head),
                null,
                "duty-escalated:" + taskId + ":" + level);
    }

    /** Whether the duties process runs on the latest definition (older ones, e.g. before calendar periods, are restarted). */
    private boolean current(Object processInstanceId) {
        if (processInstanceId == null) {
            return false;
        }
        var instance = runtime.createProcessInstanceQuery()
                .processInstanceId((String) processInstanceId)
                .singleResult();
        var latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS)
                .latestVersion()
                .singleResult();
        return instance != null && latest != null && latest.getId().equals(instance.getProcessDefinitionId());
    }

    private String parent(String regionCode) {
        return ledger.regionParent(regionCode).orElse(null);
    }

    private Region region(Account account, String regionCode) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        return ledger.regions(account).stream()
                .filter(r -> r.code().equals(regionCode))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("region " + regionCode + " is not in scope"));
    }

    private static void requireManager(Account account) {
        if (!account.isAdmin() && !account.has(Role.MANAGER)) {
            throw new AccessDeniedException("the grid is managed by managers");
        }
    }
}
