package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which tasks an account may see and work, and the officials around a task (its candidates, their
 * names): shared by {@link InboxService}, {@link InboxQueries} and {@link CaseFiles}.
 */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final IdentityService identity;
    private final ScopeService scopes;
    private final Clock clock;

    TaskAccess(TaskService tasks, IdentityService identity, ScopeService scopes, Clock clock) {
        this.tasks = tasks;
        this.identity = identity;
        this.scopes = scopes;
        this.clock = clock;
    }

    Task require(Account account, String taskId) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("not an official's task");
        }
        Task task = visible(account).taskId(taskId).singleResult();
        if (task == null) {
            throw new Refused("task.gone", taskId);
        }
        return task;
    }

    /** Every task the account may see: administrators all, officials theirs and their groups' (claimed ones included). */
    TaskQuery visible(Account account) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (account.isAdmin()) {
            return query;
        }
        if (account.groups().isEmpty()) {
            return query.taskAssignee(account.userId());
        }
        if (overseesRegion(account)) {
            // a manager of an 应急管理局 (综合监管) oversees every task of the region: the city's (cityCode) or the county's
            // (countyCode)
            String scopeVariable = account.regionCode().endsWith("00") ? "cityCode" : "countyCode";
            return query.or()
                    .taskAssignee(account.userId())
                    .taskCandidateGroupIn(account.groups())
                    .includeAssignedTasks()
                    .processVariableValueEquals(scopeVariable, account.regionCode())
                    .endOr();
        }
        return query.or()
                .taskAssignee(account.userId())
                .taskCandidateGroupIn(overseenGroups(account))
                .includeAssignedTasks()
                .endOr();
    }

    /**
     * Whether the account oversees its whole region's tasks: managers of an 应急管理局 and managers without a
     * known department (ScopeService's rule); a manager of another department oversees its department.
     */
    boolean overseesRegion(Account account) {
        return account.has(Role.MANAGER)
                && account.regionCode() != null
                && scopes.departmentOf(account).isEmpty();
    }

    /** The account's groups; a department manager's also every role's group of its department (reviewer-371002-housing …). */
    List<String> overseenGroups(Account account) {
        if (!account.has(Role.MANAGER) || account.isAdmin()) {
            return account.groups();
        }
        return scopes.departmentOf(account)
                .map(d -> {
                    java.util.Set<String> groups = new java.util.LinkedHashSet<>(account.groups());
                    for (Role role : Role.values()) {
                        if (role.isOfficial() && role != Role.ADMIN) {
                            groups.add(role.departmentGroup(d.id()));
                        }
                    }
                    return List.copyOf(groups);
                })
                .orElse(account.groups());
    }

    List<InboxService.Colleague> candidates(Task task) {
        Map<String, InboxService.Colleague> users = new TreeMap<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                identity.createUserQuery()
                        .memberOfGroup(link.getGroupId())
                        .listPage(0, 1000)
                        .forEach(u -> users.put(u.getId(), new InboxService.Colleague(u.getId(), name(u))));
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                users.computeIfAbsent(link.getUserId(), id -> new InboxService.Colleague(id, displayName(id)));
            }
        }
        return List.copyOf(users.values());
    }

    /** The official may work the task: a candidate user of it, or a member of one of its candidate groups. */
    void requireCandidate(Task task, String userId) {
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> userId.equals(link.getUserId())
                        || link.getGroupId() != null && groups.contains(link.getGroupId()));
        if (!candidate) {
            throw new Refused("task.notCandidate", userId);
        }
    }

    String displayName(String userId) {
        if (userId == null) {
            return "";
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : name(user);
    }

    static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getId() : name + "（" + user.getId() + "）";
    }

    OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atZone(clock.getZone()).toOffsetDateTime();
    }
}
