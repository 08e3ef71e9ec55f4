package cn.safetygrading.supervision.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.base.Refused;
import cn.safetygrading.ledger.domain.GradingSubject;
import cn.safetygrading.ledger.service.GradeBook;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.Inspection;
import cn.safetygrading.supervision.domain.PublicInspection;
import cn.safetygrading.supervision.domain.TaskSubmission;
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

    /** The most published inspections one request lists. */
    private static final int PUBLIC_PAGE = 200;

    public static final String PROCESS = "inspection";
    public static final String ON_SITE = "inspectOnSite";
    public static final String RECTIFY = "rectifyOrder";
    public static final String RECHECK = "recheckInspection";
    public static final Set<String> RECHECK_RESULTS = Set.of("PASSED", "NOT_YET", "REFUSED");
    /** Two penalties within this many days make a REPEATED_PENALTY. */
    public static final int PENALTY_WINDOW_DAYS = 365;
    /** The variables the task listener reads for {@link #taskCompleted}. */
    public static final List<String> INPUTS = List.of(
            "inspectionId",
            "rectification",
            "recheckResult",
            "recheckNote",
            "signed",
            "findings",
            "orderNeeded",
            "orderDeadline",
            "penalty",
            "site",
            "legalRepresentative",
            "timeSpan",
            "legalBasis",
            "prominentHazards");

    private final InspectionMapper inspections;
    private final GradeBook gradeBook;
    private final LedgerService ledger;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;
    private final InspectionProgress progress;

    public InspectionService(
            InspectionProgress progress,
            InspectionMapper inspections,
            GradeBook gradeBook,
            LedgerService ledger,
            RuntimeService runtime,
            TaskService tasks,
            Clock clock) {
        this.progress = progress;
        this.inspections = inspections;
        this.gradeBook = gradeBook;
        this.ledger = ledger;
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
        Page page = Page.of(offset, limit, PUBLIC_PAGE);
        return inspections.published(TaskInputs.search(text), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long countPublished(String text) {
        return inspections.countPublished(TaskInputs.search(text));
    }

    // ---------------------------------------------------------------- called by the process

    /**
     * Task listener, on complete: the record, the rectification report or the re-check is checked and kept.
     * Returns the variables to set on the task (the on-site record's {@code orderNeeded} and {@code orderDue}).
     */
    public Map<String, Object> taskCompleted(TaskSubmission task) {
        return progress.taskCompleted(task);
    }

    /** Task_RefusedOrder: the enterprise refused the order; recorded and REFUSED_ORDER raised. */
    public void orderRefused(String inspectionId) {
        progress.orderRefused(inspectionId);
    }

    /** Task_Publish: the finished inspection's result becomes public. */
    public void publish(String inspectionId) {
        inspections.publish(inspectionId);
    }

    private Date endOf(LocalDate day) {
        return InspectionProgress.endOf(day, clock);
    }
}
