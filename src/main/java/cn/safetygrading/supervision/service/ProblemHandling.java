package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.domain.Problem;
import cn.safetygrading.supervision.domain.ProblemStatus;
import cn.safetygrading.supervision.domain.TaskSubmission;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.ProblemMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The tasks of {@code supervision-problem} for {@link SupervisionProblemService}: the problem's texts for
 * the form when a task is created; the head's handling (resolved, or sent one level up) and the 包保
 * person's verification (closed, or reopened) kept in the register and the enterprise's file.
 */
@Component
class ProblemHandling {

    static final List<String> INPUTS =
            List.of("problemId", "supervisor", "problemOutcome", "problemResolution", "verifyOutcome", "verifyNote");

    private final ProblemMapper problems;
    private final GridMapper grid;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final Clock clock;
    private final Translations texts;

    ProblemHandling(
            Translations texts,
            ProblemMapper problems,
            GridMapper grid,
            LedgerService ledger,
            EnterpriseFileService file,
            Clock clock) {
        this.texts = texts;
        this.problems = problems;
        this.grid = grid;
        this.ledger = ledger;
        this.file = file;
        this.clock = clock;
    }

    /** The task's candidates: the unit's head, or the unit's managers when it has none. */
    static void handlers(Map<String, Object> variables, String region, String handler) {
        // plain lists (serialized with the process), never immutable ones: those cannot be read back
        variables.put("handlers", new ArrayList<>(handler == null ? List.of() : List.of(handler)));
        variables.put(
                "handlerGroups",
                new ArrayList<>(handler == null ? List.of(Role.MANAGER.regionGroup(region)) : List.of()));
    }

    Map<String, Object> problemTask(String eventName, TaskSubmission task) {
        String id = task.text("problemId");
        Problem problem = problems.problem(id).orElseThrow();
        Map<String, Object> out = new HashMap<>();
        if (TaskListener.EVENTNAME_CREATE.equals(eventName)) {
            out.put("problemDescription", problem.description());
            out.put("problemKindLabel", texts.zh(SupervisionProblemService.kindLabelKey(problem.kind())));
            out.put("problemHistory", problem.resolution() == null ? "—" : problem.resolution());
            out.put("problemOutcome", null);
            out.put("verifyOutcome", null);
            return out;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // who completed it: the claimant, else the one candidate (the head handling it, the 包保 person confirming)
        String actor = task.assignee() != null
                ? task.assignee()
                : "problemVerify".equals(task.taskKey())
                        ? task.text("supervisor")
                        : problem.handler() != null ? problem.handler() : "system";
        if ("problemHandling".equals(task.taskKey())) {
            handled(task, problem, actor, now, out);
        } else {
            verified(task, problem, actor, now);
        }
        return out;
    }

    private void handled(
            TaskSubmission task, Problem problem, String actor, OffsetDateTime now, Map<String, Object> out) {
        String id = problem.id();
        String uscc = problem.uscc();
        String outcome = task.text("problemOutcome");
        String text = text(task, "problemResolution");
        String history = history(problem, actor + "：" + text);
        if ("ESCALATE".equals(outcome)) {
            String up = ledger.regionParent(problem.regionCode())
                    .orElseThrow(() -> new Refused("supervision.refused.topLevel", "problemOutcome"));
            String head = grid.head(up).orElse(null);
            problems.problemMoved(id, up, head);
            problems.problemStatus(id, ProblemStatus.OPEN.code(), history, actor, now);
            handlers(out, up, head);
            file.record(
                    uscc,
                    "PROBLEM_ESCALATED",
                    actor,
                    texts.zh(
                            "supervision.text.problemEscalated",
                            head == null ? "" : texts.zh("supervision.text.problemEscalated.head", head),
                            text),
                    null,
                    null);
        } else if ("RESOLVED".equals(outcome)) {
            problems.problemStatus(id, ProblemStatus.RESOLVED.code(), history, actor, now);
            file.record(
                    uscc, "PROBLEM_RESOLVED", actor, texts.zh("supervision.text.problemResolved", text), null, null);
        } else {
            throw new IllegalArgumentException("problemOutcome: required");
        }
    }

    private void verified(TaskSubmission task, Problem problem, String actor, OffsetDateTime now) {
        String id = problem.id();
        String uscc = problem.uscc();
        String outcome = task.text("verifyOutcome");
        String text = text(task, "verifyNote");
        String history = history(problem, texts.zh("supervision.text.problemVerifiedHistory", actor, text));
        if ("CLOSED".equals(outcome)) {
            problems.problemStatus(id, ProblemStatus.CLOSED.code(), history, actor, now);
            file.record(uscc, "PROBLEM_CLOSED", actor, texts.zh("supervision.text.problemClosed", text), null, null);
        } else if ("REOPEN".equals(outcome)) {
            problems.problemStatus(id, ProblemStatus.OPEN.code(), history, actor, now);
            file.record(
                    uscc, "PROBLEM_REOPENED", actor, texts.zh("supervision.text.problemReopened", text), null, null);
        } else {
            throw new IllegalArgumentException("verifyOutcome: required");
        }
    }

    private static String text(TaskSubmission task, String field) {
        Object value = task.value(field);
        if (value == null || value.toString().isBlank() || value.toString().length() > 2000) {
            throw new IllegalArgumentException(field + ": required, at most 2000 characters");
        }
        return value.toString().strip();
    }

    private static String history(Problem problem, String line) {
        String before = problem.resolution();
        String all = before == null ? line : before + "\n" + line;
        return all.length() > 2000 ? all.substring(all.length() - 2000) : all;
    }
}
