package cn.safetygrading.base.service;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Moves an open task to other candidate groups (when the department that supervises an enterprise
 * changes): the old groups and the assignee lose it, and so do the grants the engine gave them on the
 * task, which Camunda keeps when a candidate group is removed (the old group could still read it over
 * REST). The callers record the move in the enterprise file.
 */
@Service
public class TaskRegrouping {

    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final IdentityService identity;

    public TaskRegrouping(TaskService tasks, AuthorizationService authorizations, IdentityService identity) {
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.identity = identity;
    }

    /**
     * Runs a move as the platform's, whoever caused it: without the caller's engine authentication (an
     * official whose import changed a department may not otherwise touch the tasks), restored afterwards.
     */
    public void asPlatform(Runnable move) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            move.run();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** The task's candidate groups, in the engine's order. */
    public Set<String> candidateGroups(String taskId) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** Replaces the task's candidate groups by {@code to} unless they are those already; true if it moved. */
    public boolean regroup(Task task, Collection<String> to) {
        Set<String> from = candidateGroups(task.getId());
        if (from.equals(new LinkedHashSet<>(to))) {
            return false;
        }
        from.forEach(group -> tasks.deleteCandidateGroup(task.getId(), group));
        if (task.getAssignee() != null) {
            tasks.setAssignee(task.getId(), null);
        }
        for (Authorization grant : authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(task.getId())
                .list()) {
            authorizations.deleteAuthorization(grant.getId());
        }
        to.forEach(group -> tasks.addCandidateGroup(task.getId(), group));
        return true;
    }
}
