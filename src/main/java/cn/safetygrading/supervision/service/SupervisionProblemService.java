package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.ProblemMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem register (问题台账, seed 004 八条规定 二 and 工作措施 4) and the consultation channel
 * (首问负责, 八条规定 一). A problem — a major accident hazard, an illegal act, a principal who does not
 * do their duty, what the enterprise or its staff report — is reported by the enterprise's 包保 person at
 * any time (or found in a half-monthly contact) and goes to the head of the person's grid unit; a head
 * who cannot solve it sends it to the head one level up; the 包保 person confirms the closure or reopens
 * it ({@code supervision-problem}). The enterprise asks its 包保 person from its portal; the answer is
 * tracked like a duty ({@code supervision-consultation}).
 */
@Service
public class SupervisionProblemService {

    public static final String PROBLEM_PROCESS = "supervision-problem";
    public static final String CONSULTATION_PROCESS = "supervision-consultation";
    public static final List<String> KINDS =
            List.of("MAJOR_HAZARD", "VIOLATION", "PRINCIPAL_NEGLECT", "ENTERPRISE_REPORT", "OTHER");
    private static final Map<String, String> KIND_LABELS = Map.of(
            "MAJOR_HAZARD",
            "重大事故隐患",
            "VIOLATION",
            "违法违规行为",
            "PRINCIPAL_NEGLECT",
            "企业主要负责人严重不履行安全生产职责",
            "ENTERPRISE_REPORT",
            "企业反映或职工举报的安全生产问题",
            "OTHER",
            "其他急需解决的安全生产问题");

    private final ScopeService scopes;
    private final ProblemMapper problems;
    private final GridMapper grid;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final Clock clock;

    public SupervisionProblemService(
            ProblemMapper problems,
            GridMapper grid,
            LedgerService ledger,
            EnterpriseFileService file,
            RuntimeService runtime,
            Clock clock,
            ScopeService scopes) {
        this.scopes = scopes;
        this.problems = problems;
        this.grid = grid;
        this.ledger = ledger;
        this.file = file;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Reports a problem up the grid at once: the enterprise's 包保 person, a head of a unit above it, or
     * a manager in scope. Returns the problem's id.
     */
    @Transactional
    public String report(Account account, String uscc, String kind, String description) {
        var assignment = grid.assignment(uscc).orElseThrow(() -> new Refused("grid.notAssigned", uscc));
        if (!account.userId().equals(assignment.supervisor()) && !headAbove(account, assignment.regionCode())) {
            if (account.isEnterprise() || !account.isAdmin() && !account.has(Role.MANAGER)) {
                throw new AccessDeniedException("only the enterprise's 包保 person, its grid heads and managers report");
            }
            ledger.requireVisible(account, uscc);
        }
        return open(uscc, kind, description, account.userId(), null, assignment.regionCode(), assignment.supervisor());
    }

    /** A problem found in a duty (the half-monthly contact's form): registered and sent up like a report. */
    public String openFromDuty(DelegateTask task, String kind, String description) {
        return open(
                (String) task.getVariable("uscc"),
                kind,
                description,
                task.getAssignee() == null ? (String) task.getVariable("supervisor") : task.getAssignee(),
                task.getId(),
                (String) task.getVariable("gridRegionCode"),
                (String) task.getVariable("supervisor"));
    }

    private String open(
            String uscc,
            String kind,
            String description,
            String by,
            String sourceTaskId,
            String unit,
            String supervisor) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new Refused("problem.kind", String.valueOf(kind));
        }
        if (description == null || description.isBlank() || description.strip().length() > 2000) {
            throw new Refused("problem.description", "");
        }
        // the reporter's own unit head; a head reporting goes one level up
        String region = unit;
        String handler = grid.head(region).orElse(null);
        while (region != null && by.equals(handler)) {
            region = ledger.regionParent(region).orElse(null);
            handler = region == null ? null : grid.head(region).orElse(null);
        }
        if (region == null) {
            region = unit;
            handler = null;
        }
        String id = UUID.randomUUID().toString();
        problems.insertProblem(
                id, uscc, kind, description.strip(), by, OffsetDateTime.now(clock), sourceTaskId, region, handler);
        Map<String, Object> variables = new HashMap<>();
        variables.put("uscc", uscc);
        variables.put("problemId", id);
        variables.put("supervisor", supervisor == null ? by : supervisor);
        variables.put(
                "enterpriseName", ledger.findForProcess(uscc).map(e -> e.name()).orElse(uscc));
        handlers(variables, region, handler);
        String pid = runtime.startProcessInstanceByKey(PROBLEM_PROCESS, uscc, variables)
                .getId();
        problems.problemStarted(id, pid);
        file.record(
                uscc,
                "PROBLEM_REPORTED",
                by,
                "包保督导上报问题（" + KIND_LABELS.get(kind) + "）：" + description.strip(),
                null,
                "problem:" + id);
        return id;
    }

    /** The task's candidates: the unit's head, or the unit's managers when it has none. */
    private static void handlers(Map<String, Object> variables, String region, String handler) {
        // plain lists (serialized with the process), never immutable ones: those cannot be read back
        variables.put("handlers", new java.util.ArrayList<>(handler == null ? List.of() : List.of(handler)));
        variables.put(
                "handlerGroups",
                new java.util.ArrayList<>(handler == null ? List.of(Role.MANAGER.regionGroup(region)) : List.of()));
    }

    private boolean headAbove(Account account, String unit) {
        for (String r = unit; r != null; r = ledger.regionParent(r).orElse(null)) {
            if (account.userId().equals(grid.head(r).orElse(null))) {
                return true;
            }
        }
        return false;
    }

    /** The problems of one enterprise: itself (read only) or officials in scope. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> problems(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return problems.problems(uscc);
    }

    /** The problem register of a region (officials of that region), open ones first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> register(Account account, String regionCode) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        Region region = ledger.regions(account).stream()
                .filter(r -> r.code().equals(regionCode))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("region " + regionCode + " is not in scope"));
        return problems.problemsUnder(scopes.within(account, region));
    }

    // ---------------------------------------------------------------- called by supervision-problem

    public void problemTask(DelegateTask task) {
        String id = (String) task.getVariable("problemId");
        Map<String, Object> problem = problems.problem(id).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariable("problemDescription", problem.get("description"));
            task.setVariable("problemKindLabel", KIND_LABELS.get(problem.get("kind")));
            task.setVariable("problemHistory", problem.get("resolution") == null ? "—" : problem.get("resolution"));
            task.setVariable("problemOutcome", null);
            task.setVariable("verifyOutcome", null);
            return;
        }
        // who completed it: the claimant, else the one candidate (the head handling it, the 包保 person confirming)
        String actor = task.getAssignee() != null
                ? task.getAssignee()
                : "problemVerify".equals(task.getTaskDefinitionKey())
                        ? (String) task.getVariable("supervisor")
                        : problem.get("handler") != null ? (String) problem.get("handler") : "system";
        String uscc = (String) problem.get("uscc");
        if ("problemHandling".equals(task.getTaskDefinitionKey())) {
            String outcome = (String) task.getVariable("problemOutcome");
            String text = text(task, "problemResolution");
            String history = history(problem, actor + "：" + text);
            if ("ESCALATE".equals(outcome)) {
                String up = ledger.regionParent((String) problem.get("regionCode"))
                        .orElseThrow(() -> new IllegalArgumentException("problemOutcome: 已是最高一级网格，无法再上报"));
                String head = grid.head(up).orElse(null);
                problems.problemMoved(id, up, head);
                problems.problemStatus(id, "OPEN", history, actor, now);
                Map<String, Object> candidates = new HashMap<>();
                handlers(candidates, up, head);
                task.getExecution().setVariables(candidates);
                file.record(
                        uscc,
                        "PROBLEM_ESCALATED",
                        actor,
                        "问题报上一级网格长" + (head == null ? "" : "：" + head) + "。" + text,
                        null,
                        null);
            } else if ("RESOLVED".equals(outcome)) {
                problems.problemStatus(id, "RESOLVED", history, actor, now);
                file.record(uscc, "PROBLEM_RESOLVED", actor, "网格长协调解决问题：" + text, null, null);
            } else {
                throw new IllegalArgumentException("problemOutcome: required");
            }
        } else {
            String outcome = (String) task.getVariable("verifyOutcome");
            String text = text(task, "verifyNote");
            String history = history(problem, actor + "（核实）：" + text);
            if ("CLOSED".equals(outcome)) {
                problems.problemStatus(id, "CLOSED", history, actor, now);
                file.record(uscc, "PROBLEM_CLOSED", actor, "问题闭环：" + text, null, null);
            } else if ("REOPEN".equals(outcome)) {
                problems.problemStatus(id, "OPEN", history, actor, now);
                file.record(uscc, "PROBLEM_REOPENED", actor, "问题仍未解决，退回网格长：" + text, null, null);
            } else {
                throw new IllegalArgumentException("verifyOutcome: required");
            }
        }
    }

    private static String text(DelegateTask task, String field) {
        Object value = task.getVariable(field);
        if (value == null || value.toString().isBlank() || value.toString().length() > 2000) {
            throw new IllegalArgumentException(field + ": required, at most 2000 characters");
        }
        return value.toString().strip();
    }

    private static String history(Map<String, Object> problem, String line) {
        String before = (String) problem.get("resolution");
        String all = before == null ? line : before + "\n" + line;
        return all.length() > 2000 ? all.substring(all.length() - 2000) : all;
    }

    // ---------------------------------------------------------------- 首问负责

    /** The enterprise asks its 包保 person a question (its own account only). Returns the consultation's id. */
    @Transactional
    public String ask(Account enterprise, String question) {
        if (!enterprise.isEnterprise() || enterprise.uscc() == null) {
            throw new AccessDeniedException("enterprises ask from their portal");
        }
        if (question == null || question.isBlank() || question.strip().length() > 2000) {
            throw new Refused("consultation.question", "");
        }
        String uscc = enterprise.uscc();
        var assignment = grid.assignment(uscc)
                .filter(a -> a.supervisor() != null)
                .orElseThrow(() -> new Refused("consultation.noSupervisor", uscc));
        String id = UUID.randomUUID().toString();
        problems.insertConsultation(
                id, uscc, question.strip(), enterprise.userId(), OffsetDateTime.now(clock), assignment.supervisor());
        Map<String, Object> variables = new HashMap<>();
        variables.put("uscc", uscc);
        variables.put("consultationId", id);
        variables.put("supervisor", assignment.supervisor());
        variables.put("gridRegionCode", assignment.regionCode());
        variables.put("question", question.strip());
        variables.put(
                "enterpriseName", ledger.findForProcess(uscc).map(e -> e.name()).orElse(uscc));
        problems.consultationStarted(
                id,
                runtime.startProcessInstanceByKey(CONSULTATION_PROCESS, uscc, variables)
                        .getId());
        file.record(
                uscc,
                "CONSULTATION_ASKED",
                enterprise.userId(),
                "企业咨询：" + question.strip(),
                null,
                "consultation:" + id);
        return id;
    }

    /** The enterprise's questions and their answers: itself or officials in scope, never another enterprise. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> consultations(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return problems.consultations(uscc);
    }

    /** Called when the 包保 person answers (the consultation task's completion). */
    public void answered(DelegateTask task, String answer, String by) {
        Optional.ofNullable((String) task.getVariable("consultationId"))
                .ifPresent(id -> problems.answer(id, answer, by, OffsetDateTime.now(clock)));
    }
}
