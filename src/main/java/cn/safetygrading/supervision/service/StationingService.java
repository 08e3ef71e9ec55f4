package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.domain.GradeWritten;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.persistence.StationingMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stationed supervision (驻点监督, domain §6): when a grade's measures call for stationing
 * (STATIONED for Ⅰ-C, Ⅰ-D, Ⅱ-D; ROVING for Ⅰ-A, Ⅰ-B, Ⅱ-B, Ⅱ-C), a {@code stationed-supervision}
 * process starts: the county assigns who is stationed where from when, and they report every month
 * (stationed) or quarter (roving). A later grade that calls for no stationing, or for the other
 * mode, ends it (message {@code stationing-ended}); the other mode starts a new one.
 */
@Service
public class StationingService {

    public static final String PROCESS = "stationed-supervision";
    public static final String ASSIGN = "assignStationing";
    public static final String REPORT = "stationingReport";

    private final StationingMapper stations;
    private final GradeBook gradeBook;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    public StationingService(StationingMapper stations, GradeBook gradeBook, LedgerService ledger, EnterpriseFileService file,
                             RuntimeService runtime, IdentityService identity, Clock clock) {
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
        for (ProcessInstance pi : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(grade.uscc()).active().list()) {
            if (wanted && mode.equals(runtime.getVariable(pi.getId(), "stationing"))) {
                same = true;                         // the same stationing goes on
            } else {
                runtime.createMessageCorrelation("stationing-ended").processInstanceId(pi.getId()).correlate();
            }
        }
        if (wanted && !same) {
            start(grade.uscc(), mode);
        }
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
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, uscc, variables);
        stations.insert(id, uscc, mode, OffsetDateTime.now(clock), pi.getId());
        file.record(uscc, "STATIONING_STARTED", "system", ("STATIONED".equals(mode) ? "实行驻点监督" : "实行巡回驻点监督")
                + "，待安排驻点人员", null, "stationing-started:" + id);
    }

    /** Task listener on complete: the assignment (who, where, from when) or a periodic report is kept. */
    public void taskCompleted(DelegateTask task) {
        String id = (String) task.getVariable("assignmentId");
        String uscc = (String) task.getVariable("uscc");
        String actor = task.getAssignee() == null ? "system" : task.getAssignee();
        if (ASSIGN.equals(task.getTaskDefinitionKey())) {
            String officials = TaskInputs.text(task, "stationedOfficials", 200, true).replace('，', ',').replaceAll("\\s+", "");
            for (String official : officials.split(",")) {
                if (official.isEmpty() || identity.createUserQuery().userId(official).count() == 0) {
                    throw new IllegalArgumentException("stationedOfficials: no such account '" + official + "'");
                }
            }
            String location = TaskInputs.text(task, "location", 200, true);
            LocalDate startsOn = LocalDate.parse(TaskInputs.text(task, "startsOn", 40, true).substring(0, 10));
            task.setVariable("stationedOfficials", officials);
            stations.assign(id, officials, location, startsOn, actor);
            file.record(uscc, "STATIONING_ASSIGNED", actor, "驻点人员：" + officials + "，地点：" + location + "，自 " + startsOn,
                    null, "task:" + task.getId());
        } else if (REPORT.equals(task.getTaskDefinitionKey())) {
            String summary = TaskInputs.text(task, "reportSummary", 4000, true);
            Object issues = task.getVariable("reportIssues");
            stations.report(id, summary, issues == null || issues.toString().isBlank() ? null : issues.toString().strip(), actor,
                    OffsetDateTime.now(clock), task.getId());
            file.record(uscc, "STATIONING_REPORT", actor, "驻点监督报告：" + (summary.length() > 60 ? summary.substring(0, 60) + "…" : summary),
                    null, "task:" + task.getId());
        }
    }

    /** Task_EndAssignment: the grade no longer calls for this stationing. */
    public void ended(DelegateExecution execution) {
        String id = (String) execution.getVariable("assignmentId");
        stations.end(id, OffsetDateTime.now(clock));
        file.record(execution.getProcessBusinessKey(), "STATIONING_ENDED", "system", "驻点监督结束（等级调整后不再要求）", null,
                "stationing-ended:" + id);
    }

    /** The enterprise's stationing assignments with their reports counted, newest first (scoped like the ledger). */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> forEnterprise(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return stations.byEnterprise(uscc);
    }


}
