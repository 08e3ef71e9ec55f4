package cn.safetygrading.notification.process;

import cn.safetygrading.notification.service.TaskNotifier;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process, on creation (the starter's Spring eventing bridge, a global task
 * listener inside the engine's transaction): its people hear about it.
 */
@Component
class TaskCreatedNotifications {

    private final TaskNotifier notifier;

    TaskCreatedNotifications(TaskNotifier notifier) {
        this.notifier = notifier;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            } else if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        String businessKey =
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        notifier.created(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                businessKey,
                task.getAssignee(),
                users,
                groups);
    }
}
