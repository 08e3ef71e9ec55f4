package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.service.TaskRegrouping;
import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.GradingStep;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.process.GradingRouting;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.TasksMovedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an enterprise's 直接监管责任部门 or 监管分级 changes, its open gradings follow (domain §11): the
 * case's department is rewritten (the audit trigger records it), the open 初审 and 部门诊断定级 tasks get the
 * new department's reviewers as their only candidate group and lose their assignee, the former groups'
 * and assignee's grants on those tasks are withdrawn (Camunda keeps them otherwise, and they would still
 * read the task over {@code /engine-rest}), and the enterprise file says so. Runs in the transaction of
 * the change.
 */
@Service
public class GradingReroute {

    private static final List<String> ROUTED =
            List.of(GradingStep.preliminaryReview.code(), GradingStep.departmentDiagnosis.code());

    private final GradingCaseMapper cases;
    private final GradingRouting routing;
    private final Departments departments;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskRegrouping regrouping;
    private final TasksMovedEntry tasksMoved;
    private final Translations translations;

    public GradingReroute(
            GradingCaseMapper cases,
            GradingRouting routing,
            Departments departments,
            RuntimeService runtime,
            TaskService tasks,
            TaskRegrouping regrouping,
            TasksMovedEntry tasksMoved,
            Translations translations) {
        this.cases = cases;
        this.routing = routing;
        this.departments = departments;
        this.runtime = runtime;
        this.tasks = tasks;
        this.regrouping = regrouping;
        this.tasksMoved = tasksMoved;
        this.translations = translations;
    }

    @EventListener
    @Transactional
    public void supervisionChanged(SupervisionChanged change) {
        String target =
                departments.responsibleFor(change.uscc()).map(Department::name).orElse(null);
        regrouping.asPlatform(() -> {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processDefinitionKey("grading-cycle")
                    .processInstanceBusinessKey(change.uscc())
                    .list()) {
                cases.byProcessInstance(instance.getId())
                        .filter(c -> c.finishedAt() == null && !Objects.equals(c.department(), target))
                        .ifPresent(c -> move(c, target, change));
            }
        });
    }

    private void move(GradingCase before, String target, SupervisionChanged change) {
        String pid = before.processInstanceId();
        cases.setDepartment(pid, target);
        GradingCase after = cases.byProcessInstance(pid).orElseThrow();
        String from = routing.reviewerGroup(before);
        String to = routing.reviewerGroup(after);
        List<String> moved = new ArrayList<>();
        if (!from.equals(to)) {
            for (Task task : tasks.createTaskQuery()
                    .processInstanceId(pid)
                    .taskDefinitionKeyIn(ROUTED.toArray(String[]::new))
                    .list()) {
                regrouping.regroup(task, List.of(to));
                moved.add(task.getName());
            }
        }
        String none = zh("grading.summary.noDepartment");
        String summary = zh(
                "grading.summary.tasksMoved",
                moved.isEmpty() ? "—" : String.join("、", moved),
                before.department() == null ? none : before.department(),
                target == null ? none : target,
                change.source());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseId", before.id());
        details.put("departmentBefore", before.department());
        details.put("departmentAfter", target);
        details.put("groupBefore", from);
        details.put("groupAfter", to);
        details.put("tasks", moved);
        tasksMoved.record(before.uscc(), change.actor(), summary, details, pid);
    }

    private String zh(String key, Object... args) {
        return translations.get(key, Translations.CHINESE, args);
    }
}
