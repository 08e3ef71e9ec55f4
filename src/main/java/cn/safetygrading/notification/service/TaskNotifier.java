package cn.safetygrading.notification.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.notification.domain.NotificationKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications about tasks: a new task for me or my groups (some steps have a kind of their own), due in
 * three days, overdue, and 催办 from a manager. Recipients: the assignee, else the members of the
 * candidate groups and the candidate users.
 */
@Service
public class TaskNotifier {

    /** Steps whose new task is news of its own. */
    static final String OBJECTION_TASK = "objectionReview";

    static final String INSPECTION_TASK = "inspectOnSite";
    static final Duration DUE_SOON = Duration.ofDays(3);
    public static final int MAX_URGED = 500;

    private final NotificationService notifications;
    private final IdentityService identity;
    private final TaskService tasks;
    private final Clock clock;
    private final Translations texts;

    public TaskNotifier(
            Translations texts,
            NotificationService notifications,
            IdentityService identity,
            TaskService tasks,
            Clock clock) {
        this.texts = texts;
        this.notifications = notifications;
        this.identity = identity;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** In the engine's transaction of the task's creation. */
    public void created(
            String taskId,
            String taskKey,
            String name,
            String businessKey,
            String assignee,
            Collection<String> candidateUsers,
            Collection<String> candidateGroups) {
        NotificationKind kind = switch (taskKey == null ? "" : taskKey) {
            case OBJECTION_TASK -> NotificationKind.OBJECTION_RECEIVED;
            case INSPECTION_TASK -> NotificationKind.INSPECTION_DRAWN;
            default -> NotificationKind.NEW_TASK;
        };
        notifications.notify(
                recipients(assignee, candidateUsers, candidateGroups),
                kind,
                name,
                body(name, businessKey),
                link(taskId),
                "task:" + taskId);
    }

    /** The daily scan: tasks due within three days and tasks overdue, each told once per task. */
    @Transactional
    public int scanDeadlines() {
        Instant now = clock.instant();
        int written = 0;
        for (Task task : tasks.createTaskQuery()
                .active()
                .dueAfter(Date.from(now))
                .dueBefore(Date.from(now.plus(DUE_SOON)))
                .list()) {
            written += notifyAbout(task, NotificationKind.DUE_SOON, "due-soon:" + task.getId(), null);
        }
        for (Task task :
                tasks.createTaskQuery().active().dueBefore(Date.from(now)).list()) {
            written += notifyAbout(task, NotificationKind.OVERDUE, "overdue:" + task.getId(), null);
        }
        return written;
    }

    /**
     * 催办: a manager urges the people of the given tasks, with a note. Each call is a trigger of its own.
     *
     * @return the tasks urged (unknown or finished ones are left out)
     */
    @Transactional
    public int urge(String managerId, Collection<String> taskIds, String note) {
        if (taskIds.size() > MAX_URGED) {
            throw new IllegalArgumentException("tasks");
        }
        String action = "urge:" + UUID.randomUUID() + ":";
        int urged = 0;
        for (String taskId : new LinkedHashSet<>(taskIds)) {
            Task task = tasks.createTaskQuery().taskId(taskId).active().singleResult();
            if (task != null) {
                notifyAbout(task, NotificationKind.URGED, action + taskId, note);
                urged++;
            }
        }
        return urged;
    }

    /** Overdue task ids of the given ones' kind, for "催办 all overdue" behind a dashboard figure. */
    public List<String> overdueTaskIds(String processDefinitionKey, String taskKey) {
        var query = tasks.createTaskQuery().active().dueBefore(Date.from(clock.instant()));
        if (processDefinitionKey != null) {
            query.processDefinitionKey(processDefinitionKey);
        }
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        return query.listPage(0, MAX_URGED).stream().map(Task::getId).toList();
    }

    private int notifyAbout(Task task, NotificationKind kind, String sourceRef, String note) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        if (task.getAssignee() == null) {
            for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    } else if (link.getUserId() != null) {
                        users.add(link.getUserId());
                    }
                }
            }
        }
        String body = body(task.getName(), null);
        if (task.getDueDate() != null) {
            body += texts.zh(
                    "notification.text.due",
                    OffsetDateTime.ofInstant(task.getDueDate().toInstant(), clock.getZone())
                            .toLocalDate());
        }
        if (note != null && !note.isBlank()) {
            body += "\n" + note.strip();
        }
        return notifications.notify(
                recipients(task.getAssignee(), users, groups),
                kind,
                task.getName(),
                body,
                link(task.getId()),
                sourceRef);
    }

    private Set<String> recipients(String assignee, Collection<String> users, Collection<String> groups) {
        Set<String> recipients = new LinkedHashSet<>();
        if (assignee != null) {
            recipients.add(assignee);
            return recipients;
        }
        recipients.addAll(users);
        for (String group : groups) {
            identity.createUserQuery().memberOfGroup(group).list().stream()
                    .map(User::getId)
                    .forEach(recipients::add);
        }
        return recipients;
    }

    private static String body(String name, String businessKey) {
        return (name == null ? "" : name) + (businessKey == null ? "" : "（" + businessKey + "）");
    }

    private static String link(String taskId) {
        return "/tasks/" + taskId;
    }
}
