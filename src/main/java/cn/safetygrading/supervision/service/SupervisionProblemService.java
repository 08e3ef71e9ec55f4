package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.domain.Consultation;
import cn.safetygrading.supervision.domain.Problem;
import cn.safetygrading.supervision.domain.ProblemKind;
import cn.safetygrading.supervision.domain.TaskSubmission;
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
    public static final List<String> KINDS = ProblemKind.codes();
    /** The variables the task listener reads for {@link #problemTask}. */
    public static final List<String> INPUTS = ProblemHandling.INPUTS;

    /** The bundle key of a problem kind's full name, as the file and the task say it. */
    static String kindLabelKey(String kind) {
        return "supervision.text.problemKind." + kind;
    }

    private final ScopeService scopes;
    private final ProblemMapper problems;
    private final GridMapper grid;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ProblemHandling handling;
    private final Translations texts;

    public SupervisionProblemService(
            Translations texts,
            ProblemHandling handling,
            ProblemMapper problems,
            GridMapper grid,
            LedgerService ledger,
            EnterpriseFileService file,
            RuntimeService runtime,
            Clock clock,
            ScopeService scopes) {
        this.texts = texts;
        this.handling = handling;
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
                throw new AccessDeniedException(
                        "only the enterprise's grid supervisor, its grid heads and managers report");
            }
            ledger.requireVisible(account, uscc);
        }
        return open(uscc, kind, description, account.userId(), null, assignment.regionCode(), assignment.supervisor());
    }

    /**
     * A problem found in a duty (the half-monthly contact's form) of the duty task {@code taskId}, done by
     * {@code by}: registered and sent up like a report from the 包保 person's grid unit.
     */
    public String openFromDuty(
            String uscc,
            String by,
            String taskId,
            String gridRegionCode,
            String supervisor,
            String kind,
            String description) {
        return open(uscc, kind, description, by, taskId, gridRegionCode, supervisor);
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
        ProblemHandling.handlers(variables, region, handler);
        String pid = runtime.startProcessInstanceByKey(PROBLEM_PROCESS, uscc, variables)
                .getId();
        problems.problemStarted(id, pid);
        file.record(
                uscc,
                "PROBLEM_REPORTED",
                by,
                texts.zh("supervision.text.problemReported", texts.zh(kindLabelKey(kind)), description.strip()),
                null,
                "problem:" + id);
        return id;
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
    public List<Problem> problems(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return problems.problems(uscc);
    }

    /** The problem register of a region (officials of that region), open ones first. */
    @Transactional(readOnly = true)
    public List<Problem> register(Account account, String regionCode) {
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

    /**
     * On the tasks of supervision-problem ({@code eventName} create or complete): returns the variables to
     * set, on create the problem's texts for the form, on complete (after the register's update) the
     * candidates of the unit one level up when the problem was sent there.
     */
    public Map<String, Object> problemTask(String eventName, TaskSubmission task) {
        return handling.problemTask(eventName, task);
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
                texts.zh("supervision.text.consultation", question.strip()),
                null,
                "consultation:" + id);
        return id;
    }

    /** The enterprise's questions and their answers: itself or officials in scope, never another enterprise. */
    @Transactional(readOnly = true)
    public List<Consultation> consultations(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return problems.consultations(uscc);
    }

    /** Called when the 包保 person answers (the consultation task's completion); nothing when no consultation. */
    public void answered(String consultationId, String answer, String by) {
        Optional.ofNullable(consultationId).ifPresent(id -> problems.answer(id, answer, by, OffsetDateTime.now(clock)));
    }
}
