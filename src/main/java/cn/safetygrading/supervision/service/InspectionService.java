package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.Inspection;
import cn.safetygrading.supervision.domain.PublicInspection;
import cn.safetygrading.supervision.persistence.InspectionMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code inspection} process of a drawn inspection: the on-site record (现场检查记录), the
 * rectification order to the enterprise, the re-check, and the published result. Penalties and
 * refused orders raise the grade events REPEATED_PENALTY and REFUSED_ORDER. The {@code inspection}
 * row is kept in step with the process by its listeners.
 */
@Service
public class InspectionService {

    public static final String PROCESS = "inspection";
    public static final String ON_SITE = "inspectOnSite";
    public static final String RECTIFY = "rectifyOrder";
    public static final String RECHECK = "recheckInspection";
    public static final Set<String> RECHECK_RESULTS = Set.of("PASSED", "NOT_YET", "REFUSED");
    /** Two penalties within this many days make a REPEATED_PENALTY. */
    public static final int PENALTY_WINDOW_DAYS = 365;

    private final InspectionMapper inspections;
    private final GradeBook gradeBook;
    private final LedgerService ledger;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final GradeEvents gradeEvents;
    private final Clock clock;

    public InspectionService(
            InspectionMapper inspections,
            GradeBook gradeBook,
            LedgerService ledger,
            EnterpriseFileService file,
            RuntimeService runtime,
            TaskService tasks,
            GradeEvents gradeEvents,
            Clock clock) {
        this.gradeEvents = gradeEvents;
        this.inspections = inspections;
        this.gradeBook = gradeBook;
        this.ledger = ledger;
        this.file = file;
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Starts the inspection process of a planned inspection: the drawn pair are its candidate users. */
    public void start(String inspectionId, String uscc, List<String> inspectors, LocalDate plannedOn) {
        start(inspectionId, uscc, inspectors, plannedOn, null);
    }

    /**
     * As {@link #start(String, String, List, LocalDate)}, naming the group the pair was drawn from
     * ({@code inspector-<department id>}, or null for the region's pool) in the variable {@code inspectorPool}.
     */
    public void start(String inspectionId, String uscc, List<String> inspectors, LocalDate plannedOn, String pool) {
        GradingSubject subject = gradeBook.requireSubject(uscc);
        Map<String, Object> variables = new HashMap<>();
        variables.put("uscc", uscc);
        variables.put("inspectionId", inspectionId);
        variables.put("inspectors", String.join(",", inspectors));
        variables.put("enterpriseName", subject.name());
        variables.put(
                "address", ledger.findForProcess(uscc).map(e -> e.address()).orElse(""));
        variables.put("countyCode", subject.countyCode() != null ? subject.countyCode() : subject.regionCode());
        variables.put("cityCode", subject.cityCode() != null ? subject.cityCode() : subject.countyCode());
        variables.put("inspectionDue", endOf(plannedOn.plusDays(30)));
        variables.put("inspectorPool", pool);
        String pid = runtime.startProcessInstanceByKey(PROCESS, uscc, variables).getId();
        inspections.setProcess(inspectionId, pid);
    }

    /** The enterprise reports how it carried out a rectification order; the inspectors then re-check. */
    @Transactional
    public void reportRectification(Account account, String inspectionId, String rectification) {
        Inspection inspection = inspections
                .find(inspectionId)
                .filter(i -> account.isEnterprise() && i.uscc().equals(account.uscc()))
                .orElseThrow(() -> new Refused("inspection.gone", inspectionId));
        Task task = inspection.processInstanceId() == null
                ? null
                : tasks.createTaskQuery()
                        .processInstanceId(inspection.processInstanceId())
                        .taskDefinitionKey(RECTIFY)
                        .active()
                        .singleResult();
        if (task == null) {
            throw new Refused("inspection.noOrder", inspectionId);
        }
        String text = rectification == null ? "" : rectification.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new Refused("inspection.rectificationText", "");
        }
        tasks.setAssignee(task.getId(), account.userId());
        tasks.complete(task.getId(), Map.of("rectification", text));
    }

    /** The enterprise's inspections (its own, or in an official's scope), newest first. */
    @Transactional(readOnly = true)
    public List<Inspection> forEnterprise(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return inspections.byEnterprise(uscc);
    }

    /** The process instances of the enterprise's inspections whose rectification order is open now (one query). */
    public Set<String> openOrders(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return tasks
                .createTaskQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(uscc)
                .taskDefinitionKey(RECTIFY)
                .active()
                .list()
                .stream()
                .map(Task::getProcessInstanceId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the enterprise has a rectification order of this inspection open now. */
    public boolean orderOpen(Inspection inspection) {
        return inspection.processInstanceId() != null
                && tasks.createTaskQuery()
                                .processInstanceId(inspection.processInstanceId())
                                .taskDefinitionKey(RECTIFY)
                                .active()
                                .count()
                        > 0;
    }

    @Transactional(readOnly = true)
    public List<PublicInspection> published(String text, int offset, int limit) {
        return inspections.published(TaskInputs.search(text), Math.max(0, offset), Math.min(Math.max(1, limit), 200));
    }

    @Transactional(readOnly = true)
    public long countPublished(String text) {
        return inspections.countPublished(TaskInputs.search(text));
    }

    // ---------------------------------------------------------------- called by the process

    public void taskCompleted(DelegateTask task) {
        String id = (String) task.getVariable("inspectionId");
        Inspection inspection = inspections.find(id).orElseThrow();
        String actor = task.getAssignee() == null ? "system" : task.getAssignee();
        switch (task.getTaskDefinitionKey()) {
            case ON_SITE -> recorded(task, inspection, actor);
            case RECTIFY -> {
                String text = TaskInputs.text(task, "rectification", 2000, true);
                inspections.rectified(id, text);
                file.record(
                        inspection.uscc(), "ORDER_RECTIFIED", actor, "报告整改指令落实情况，待复查", null, "task:" + task.getId());
            }
            case RECHECK -> {
                Object result = task.getVariable("recheckResult");
                if (!(result instanceof String r) || !RECHECK_RESULTS.contains(r)) {
                    throw new IllegalArgumentException("recheckResult: PASSED, NOT_YET or REFUSED");
                }
                String note = TaskInputs.text(task, "recheckNote", 2000, true);
                inspections.rechecked(id, note, "PASSED".equals(r) ? "RECTIFIED" : null);
                file.record(
                        inspection.uscc(),
                        "RECHECKED",
                        actor,
                        switch (r) {
                                    case "PASSED" -> "整改复查：整改到位";
                                    case "NOT_YET" -> "整改复查：尚未到位，继续整改";
                                    default -> "整改复查：拒不整改";
                                }
                                + "（" + note + "）",
                        null,
                        "task:" + task.getId());
            }
            default -> {}
        }
    }

    private void recorded(DelegateTask task, Inspection inspection, String actor) {
        if (!Boolean.TRUE.equals(task.getVariable("signed"))) {
            throw new IllegalArgumentException("signed: the record is signed by the inspectors and the enterprise");
        }
        String findings = TaskInputs.text(task, "findings", 4000, true);
        boolean order = Boolean.TRUE.equals(task.getVariable("orderNeeded"));
        LocalDate deadline = date(task.getVariable("orderDeadline"));
        LocalDate today = LocalDate.now(clock);
        if (order && (deadline == null || deadline.isBefore(today))) {
            throw new IllegalArgumentException("orderDeadline: a rectification order needs a deadline from today on");
        }
        boolean penalty = Boolean.TRUE.equals(task.getVariable("penalty"));
        inspections.record(
                inspection.id(),
                today,
                TaskInputs.text(task, "site", 200, true),
                TaskInputs.text(task, "legalRepresentative", 100, false),
                TaskInputs.text(task, "timeSpan", 40, false),
                findings,
                TaskInputs.text(task, "legalBasis", 2000, false),
                order ? deadline : null,
                penalty);
        task.setVariable("orderNeeded", order);
        if (order) {
            task.setVariable("orderDue", endOf(deadline));
        }
        file.record(
                inspection.uscc(),
                "INSPECTED",
                actor,
                "双随机抽查现场检查" + (order ? "，责令于 " + deadline + " 前整改" : "，未责令整改") + (penalty ? "，给予行政处罚" : ""),
                null,
                "task:" + task.getId());
        if (penalty && inspections.penaltiesSince(inspection.uscc(), today.minusDays(PENALTY_WINDOW_DAYS)) >= 2) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "REPEATED_PENALTY",
                    "一年内多次受到行政处罚（检查记录 " + inspection.id() + "）",
                    "inspection:" + inspection.id(),
                    today);
        }
        if (Boolean.TRUE.equals(task.getVariable("prominentHazards"))) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "PROMINENT_HAZARDS",
                    "现场检查认定问题隐患突出（检查记录 " + inspection.id() + "）",
                    "inspection:" + inspection.id(),
                    today);
        }
    }

    /** Task_RefusedOrder: the enterprise refused the order; recorded and REFUSED_ORDER raised. */
    public void orderRefused(DelegateExecution execution) {
        String id = (String) execution.getVariable("inspectionId");
        Inspection inspection = inspections.find(id).orElseThrow();
        inspections.rechecked(id, inspection.recheckNote(), "REFUSED");
        if (file.record(inspection.uscc(), "ORDER_REFUSED", "system", "拒不执行整改指令", null, "order-refused:" + id)) {
            gradeEvents.raise(
                    inspection.uscc(),
                    "REFUSED_ORDER",
                    "拒不执行整改指令（检查记录 " + id + "）",
                    "inspection:" + id,
                    LocalDate.now(clock));
        }
    }

    /** Task_Publish: the finished inspection's result becomes public. */
    public void publish(DelegateExecution execution) {
        inspections.publish((String) execution.getVariable("inspectionId"));
    }

    private Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(clock.getZone()).toLocalDate();
        }
        if (value instanceof LocalDate l) {
            return l;
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
