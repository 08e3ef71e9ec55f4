package cn.safetygrading.supervision.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.base.service.TaskRegrouping;
import cn.safetygrading.ledger.domain.SupervisionChanged;
import cn.safetygrading.ledger.service.TasksMovedEntry;
import cn.safetygrading.supervision.process.HazardRouting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an enterprise's 直接监管责任部门 or 监管分级 changes, its open supervision tasks follow (domain §11),
 * as its gradings do ({@code GradingReroute}): open 整改核查 tasks ({@code verifyRectification}) go to
 * the new department's reviewers and inspectors ({@link HazardRouting}), open 安排驻点人员 tasks
 * ({@code assignStationing}) to its managers ({@link StationingService#assignmentGroups}). The former
 * candidate groups, the assignee and the task's grants are removed, and the enterprise file says so
 * ({@link TasksMovedEntry}). Runs in the transaction of the change.
 */
@Service
public class SupervisionReroute {

    private final HazardRouting hazardRouting;
    private final StationingService stationing;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskRegrouping regrouping;
    private final TasksMovedEntry tasksMoved;
    private final Translations translations;

    public SupervisionReroute(
            HazardRouting hazardRouting,
            StationingService stationing,
            RuntimeService runtime,
            TaskService tasks,
            TaskRegrouping regrouping,
            TasksMovedEntry tasksMoved,
            Translations translations) {
        this.hazardRouting = hazardRouting;
        this.stationing = stationing;
        this.runtime = runtime;
        this.tasks = tasks;
        this.regrouping = regrouping;
        this.tasksMoved = tasksMoved;
        this.translations = translations;
    }

    @EventListener
    @Transactional
    public void supervisionChanged(SupervisionChanged change) {
        regrouping.asPlatform(() -> {
            for (ProcessInstance pi : open(HazardService.PROCESS, change.uscc())) {
                List<String> to = hazardRouting.verifierGroups(change.uscc());
                for (Task task : tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(HazardService.VERIFY)
                        .list()) {
                    move(task, to, change);
                }
            }
            for (ProcessInstance pi : open(StationingService.PROCESS, change.uscc())) {
                List<Task> open = tasks.createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(StationingService.ASSIGN)
                        .list();
                if (open.isEmpty()) {
                    continue;
                }
                String county = (String) runtime.getVariable(pi.getId(), "countyCode");
                String city = (String) runtime.getVariable(pi.getId(), "cityCode");
                Optional<String> department = stationing.department(change.uscc(), city);
                List<String> to = stationing.assignmentGroups(department, county, city);
                boolean moved = false;
                for (Task task : open) {
                    moved |= move(task, to, change);
                }
                if (moved) { // for display (Cockpit, inbox); the groups are the task's identity links
                    runtime.setVariable(pi.getId(), "department", department.orElse(null));
                    runtime.setVariable(pi.getId(), "stationingGroups", String.join(",", to));
                }
            }
        });
    }

    private List<ProcessInstance> open(String key, String uscc) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(key)
                .processInstanceBusinessKey(uscc)
                .list();
    }

    /** Replaces the task's candidate groups by {@code to} unless they are already those; true if it moved. */
    private boolean move(Task task, List<String> to, SupervisionChanged change) {
        Set<String> from = regrouping.candidateGroups(task.getId());
        if (!regrouping.regroup(task, to)) {
            return false;
        }
        String summary = translations.get(
                "supervision.summary.tasksMoved",
                Translations.CHINESE,
                task.getName(),
                String.join("、", from),
                String.join("、", to),
                change.source());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("task", task.getTaskDefinitionKey());
        details.put("groupsBefore", new ArrayList<>(from));
        details.put("groupsAfter", to);
        tasksMoved.record(change.uscc(), change.actor(), summary, details, task.getId());
        return true;
    }
}
