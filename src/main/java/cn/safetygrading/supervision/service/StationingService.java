package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.domain.GradeWritten;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.domain.RovingCandidate;
import cn.safetygrading.supervision.domain.Stationing;
import cn.safetygrading.supervision.persistence.StationingMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stationed supervision (驻点监督, domain §6, §11): when a grade's measures call for STATIONED
 * (Ⅰ-C, Ⅰ-D, Ⅱ-D) a {@code stationed-supervision} process starts at once; ROVING (Ⅰ-A, Ⅰ-B, Ⅱ-B,
 * Ⅱ-C) is optional (seed 000: 可) and starts only when a manager chooses it for the enterprise
 * ({@link #chooseRoving}, with a reason, recorded). The managers of the enterprise's 直接监管责任部门
 * (at the city for a 市级 one; {@link SupervisionRouting}) assign who is stationed where from when,
 * and they report every month (stationed) or quarter (roving). A later grade that calls for no
 * stationing, or for the other mode, ends it (message {@code stationing-ended}); so does a manager's
 * choice against roving.
 */
@Service
public class StationingService {

    public static final String PROCESS = "stationed-supervision";
    public static final String ASSIGN = "assignStationing";
    public static final String REPORT = "stationingReport";

    private final ScopeService scopes;
    private final StationingMapper stations;
    private final GradeBook gradeBook;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final SupervisionRouting routing;
    private final Translations texts;

    public StationingService(
            Translations texts,
            StationingMapper stations,
            GradeBook gradeBook,
            LedgerService ledger,
            EnterpriseFileService file,
            RuntimeService runtime,
            IdentityService identity,
            Clock clock,
            SupervisionRouting routing,
            ScopeService scopes) {
        this.texts = texts;
        this.scopes = scopes;
        this.routing = routing;
        this.stations = stations;
        this.gradeBook = gradeBook;
        this.ledger = ledger;
        this.file = file;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    /** Follows every grade written to the ledger, in its transaction. */
    @EventListener
    public void gradeWritten(GradeWritten grade) {
        String mode = grade.stationing();
        boolean wanted = "STATIONED".equals(mode) || "ROVING".equals(mode);
        boolean same = false;
        for (ProcessInstance pi : running(grade.uscc())) {
            if (wanted && mode.equals(runtime.getVariable(pi.getId(), "stationing"))) {
                same = true; // the same stationing goes on (a roving one a manager chose)
            } else {
                end(pi, "GRADE");
            }
        }
        if ("STATIONED".equals(mode) && !same) {
            start(grade.uscc(), mode); // mandatory; ROVING waits for a manager's choice
        }
    }

    /**
     * A manager's choice for roving stationed supervision of one enterprise whose grade calls for it
     * (seed 000: 可): to station (starts the process unless it runs) or not (ends a running one), with
     * the reason; who and when are recorded in {@code stationing_choice} and the enterprise file.
     */
    @Transactional
    public void chooseRoving(Account account, String uscc, boolean station, String reason) {
        if (account.isEnterprise() || !account.has(Role.MANAGER)) {
            throw new AccessDeniedException("roving stationing is a manager's choice");
        }
        ledger.requireVisible(account, uscc);
        if (!"ROVING".equals(stations.stationingOf(uscc))) {
            throw new Refused("stationing.notRoving", uscc);
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new Refused("stationing.reasonRequired", "");
        }
        String id = UUID.randomUUID().toString();
        stations.insertChoice(id, uscc, station, text, account.userId(), OffsetDateTime.now(clock));
        file.record(
                uscc,
                station ? "STATIONING_CHOSEN" : "STATIONING_DECLINED",
                account.userId(),
                texts.zh(station ? "supervision.text.stationingChosen" : "supervision.text.stationingDeclined", text),
                null,
                "stationing-choice:" + id);
        List<ProcessInstance> running = running(uscc);
        if (station && running.isEmpty()) {
            start(uscc, "ROVING");
        } else if (!station) {
            running.forEach(pi -> end(pi, "CHOICE"));
        }
    }

    /** The enterprises of a region whose grade calls for roving stationing, each with its newest choice and whether it runs. */
    @Transactional(readOnly = true)
    public List<RovingCandidate> rovingCandidates(Account account, String regionCode) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        Region region = ledger.regions(account).stream()
                .filter(r -> r.code().equals(regionCode))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("region " + regionCode + " is not in scope"));
        return stations.rovingCandidates(scopes.within(account, region));
    }

    private List<ProcessInstance> running(String uscc) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(uscc)
                .active()
                .list();
    }

    private void end(ProcessInstance pi, String why) {
        runtime.createMessageCorrelation("stationing-ended")
                .processInstanceId(pi.getId())
                .setVariable("endedBy", why)
                .correlate();
    }

    private void start(String uscc, String mode) {
        GradingSubject subject = gradeBook.requireSubject(uscc);
        String id = UUID.randomUUID().toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put("uscc", uscc);
        variables.put("assignmentId", id);
        variables.put("stationing", mode);
        variables.put("reportEvery", "STATIONED".equals(mode) ? "P1M" : "P3M");
        variables.put("enterpriseName", subject.name());
        variables.put("countyCode", subject.countyCode() != null ? subject.countyCode() : subject.regionCode());
        variables.put("cityCode", subject.cityCode() != null ? subject.cityCode() : subject.countyCode());
        Optional<String> department = department(uscc, (String) variables.get("cityCode"));
        variables.put("department", department.orElse(null));
        variables.put(
                "stationingGroups",
                String.join(",", assignmentGroups(department, (String) variables.get("countyCode"), (String)
                        variables.get("cityCode"))));
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, uscc, variables);
        stations.insert(id, uscc, mode, OffsetDateTime.now(clock), pi.getId());
        file.record(
                uscc,
                "STATIONING_STARTED",
                "system",
                texts.zh(
                        "STATIONED".equals(mode)
                                ? "supervision.text.stationingStarted.STATIONED"
                                : "supervision.text.stationingStarted.ROVING"),
                null,
                "stationing-started:" + id);
    }

    /** The department (id) that assigns an enterprise's stationing: its 直接监管责任部门, at the city for a 市级 one. */
    public Optional<String> department(String uscc, String cityCode) {
        return ledger.findForProcess(uscc)
                .flatMap(e -> routing.departmentId(e.supervisingDepartment(), e.managementLevel(), cityCode));
    }

    /** Who assigns the stationed officials: the department's managers, else the region's ({@link SupervisionRouting#groups}). */
    public List<String> assignmentGroups(Optional<String> department, String countyCode, String cityCode) {
        return routing.groups(Role.MANAGER, department, countyCode, cityCode);
    }

    /**
     * A completed stationed-supervision task as its listener read it: the task, the assignment and
     * enterprise, who completed it, and the form's values (the assignment's officials, location and
     * start, or the report's summary and issues; null when absent).
     */
    public record TaskDone(
            String taskId,
            String key,
            String assignmentId,
            String uscc,
            String actor,
            String officials,
            String location,
            String startsOn,
            String summary,
            String issues) {}

    /**
     * Task listener on complete: the assignment (who, where, from when) or a periodic report is kept.
     * Returns the officials as kept (comma-separated, no spaces) after an assignment, for the process.
     */
    public Optional<String> taskCompleted(TaskDone task) {
        String id = task.assignmentId();
        String uscc = task.uscc();
        String actor = task.actor();
        if (ASSIGN.equals(task.key())) {
            String officials = TaskInputs.text("stationedOfficials", task.officials(), 200, true)
                    .replace('，', ',')
                    .replaceAll("\\s+", "");
            for (String official : officials.split(",")) {
                if (official.isEmpty()
                        || identity.createUserQuery().userId(official).count() == 0) {
                    throw new IllegalArgumentException("stationedOfficials: no such account '" + official + "'");
                }
            }
            String location = TaskInputs.text("location", task.location(), 200, true);
            LocalDate startsOn = LocalDate.parse(
                    TaskInputs.text("startsOn", task.startsOn(), 40, true).substring(0, 10));
            stations.assign(id, officials, location, startsOn, actor);
            file.record(
                    uscc,
                    "STATIONING_ASSIGNED",
                    actor,
                    texts.zh("supervision.text.stationingAssigned", officials, location, startsOn),
                    null,
                    "task:" + task.taskId());
            return Optional.of(officials);
        } else if (REPORT.equals(task.key())) {
            String summary = TaskInputs.text("reportSummary", task.summary(), 4000, true);
            String issues = task.issues();
            stations.report(
                    id,
                    summary,
                    issues == null || issues.isBlank() ? null : issues.strip(),
                    actor,
                    OffsetDateTime.now(clock),
                    task.taskId());
            file.record(
                    uscc,
                    "STATIONING_REPORT",
                    actor,
                    texts.zh(
                            "supervision.text.stationingReport",
                            summary.length() > 60 ? summary.substring(0, 60) + "…" : summary),
                    null,
                    "task:" + task.taskId());
        }
        return Optional.empty();
    }

    /** Task_EndAssignment: the grade no longer calls for this stationing, or a manager chose against it. */
    public void ended(String assignmentId, String uscc, boolean chosen) {
        stations.end(assignmentId, OffsetDateTime.now(clock));
        file.record(
                uscc,
                "STATIONING_ENDED",
                "system",
                texts.zh(chosen ? "supervision.text.stationingEnded.chosen" : "supervision.text.stationingEnded.grade"),
                null,
                "stationing-ended:" + assignmentId);
    }

    /** The enterprise's stationing assignments with their reports counted, newest first (scoped like the ledger). */
    @Transactional(readOnly = true)
    public List<Stationing> forEnterprise(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return stations.byEnterprise(uscc);
    }
}
