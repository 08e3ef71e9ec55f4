package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.inbox.persistence.InboxTaskMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions on a task an official may work (assigned to them or offered to one of their groups):
 * its form and variables, claim, unclaim, assign, delegate, resolve and complete, with a clear answer
 * when someone else was first. The lists and counts are {@link InboxQueries}, the comments and files
 * of a case {@link CaseFiles}; the variables are read by {@link TaskVariableReader}, a completion's files
 * stored by {@link TaskFiles}, the engine's refusals said by {@link TaskRefusals}.
 */
@Service
public class InboxService {

    /** At most this many tasks in one bulk assignment. */
    public static final int MAX_BULK = 500;

    private final TaskService tasks;
    private final InboxTaskMapper readModel;
    private final TaskAccess access;
    private final InboxQueries queries;
    private final CaseFiles caseFiles;
    private final TaskVariableReader variableReader;
    private final TaskFiles files;
    private final Translations texts;

    InboxService(
            Translations texts,
            TaskService tasks,
            InboxTaskMapper readModel,
            TaskAccess access,
            InboxQueries queries,
            CaseFiles caseFiles,
            TaskVariableReader variableReader,
            TaskFiles files) {
        this.texts = texts;
        this.tasks = tasks;
        this.readModel = readModel;
        this.access = access;
        this.queries = queries;
        this.caseFiles = caseFiles;
        this.variableReader = variableReader;
        this.files = files;
    }

    /** One task the account may work, labelled; empty when it is gone or not theirs. */
    public Optional<InboxTask> find(Account account, String taskId) {
        Task task = access.visible(account).taskId(taskId).singleResult();
        InboxTaskMapper.InboxRow row = task == null ? null : readModel.byId(taskId);
        return row == null
                ? Optional.empty()
                : Optional.of(queries.label(List.of(row)).get(0));
    }

    /** The Camunda Form the task renders (its camunda:formRef key), if it has one. */
    public Optional<String> formKey(Account account, String taskId) {
        access.require(account, taskId);
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return Optional.ofNullable(task.getCamundaFormRef()).map(ref -> ref.getKey());
    }

    /** The process instance of a task the account may work. */
    public String processInstanceId(Account account, String taskId) {
        return access.require(account, taskId).getProcessInstanceId();
    }

    /** The task's process variables, for its form; only for a task the account may work. */
    public Map<String, Object> variables(Account account, String taskId) {
        return formVariables(account, taskId).values();
    }

    /**
     * The task's variables as its page may show them, read without deserializing anything the page
     * cannot use: a stored object of another type (e.g. a {@code java.net.URL} an administrator set
     * over REST) is left out and named in {@code unreadable}, so one such variable cannot break a case.
     * Lists and maps of plain values (the form's groups and dynamic lists) are read.
     */
    public FormVariables formVariables(Account account, String taskId) {
        access.require(account, taskId);
        return variableReader.read(taskId);
    }

    /** A task's readable variables, and the names of those left out. */
    public record FormVariables(Map<String, Object> values, List<String> unreadable) {}

    public void claim(Account account, String taskId) {
        Task task = access.require(account, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(account.userId())) {
            throw new Refused("task.race.claimed", access.displayName(task.getAssignee()));
        }
        claimChecked(account, taskId);
    }

    /** Claims a task the account may work (checked by the caller); someone else's claim first is refused. */
    private void claimChecked(Account account, String taskId) {
        try {
            tasks.claim(taskId, account.userId());
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new Refused("task.race.claimed", access.displayName(e.getTaskAssignee()));
        } catch (RuntimeException e) {
            throw TaskRefusals.raceOr(e);
        }
    }

    public void unclaim(Account account, String taskId) {
        Task task = access.require(account, taskId);
        if (!account.userId().equals(task.getAssignee()) && !account.isAdmin()) {
            throw new Refused("task.notYours", task.getAssignee());
        }
        tasks.setAssignee(taskId, null);
    }

    /** Hands the task to a colleague; managers and administrators may assign any task of their scope. */
    public void assign(Account account, String taskId, String userId) {
        Task task = access.require(account, taskId);
        boolean mine = account.userId().equals(task.getAssignee());
        if (!mine && !account.isAdmin() && !account.has(Role.MANAGER)) {
            throw new Refused("task.notYours", task.getAssignee());
        }
        access.requireCandidate(task, userId);
        tasks.setAssignee(taskId, userId);
    }

    /**
     * A manager's (or administrator's) bulk assignment: every task of the list the account may see
     * goes to the colleague; a task that is gone, or that the colleague may not work, is left as it
     * is and reported back.
     */
    public BulkResult assignAll(Account account, List<String> taskIds, String userId) {
        if (!account.isAdmin() && !account.has(Role.MANAGER)) {
            throw new AccessDeniedException("bulk assignment is for managers");
        }
        if (taskIds.size() > MAX_BULK) {
            throw new Refused("task.bulkTooMany", String.valueOf(MAX_BULK));
        }
        int assigned = 0;
        List<String> refused = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                assign(account, taskId, userId);
                assigned++;
            } catch (Refused notPossible) {
                refused.add(taskId);
            }
        }
        return new BulkResult(assigned, refused);
    }

    /** Result of a bulk action: how many went through and which tasks did not. */
    public record BulkResult(int done, List<String> refused) {}

    /**
     * Delegates the task (Camunda's delegation: the delegate works it and hands it back with
     * {@link #resolve}); the account must hold it, and the delegate must be of its candidate groups.
     */
    public void delegate(Account account, String taskId, String userId) {
        Task task = access.require(account, taskId);
        if (task.getAssignee() == null) {
            claim(account, taskId);
        } else if (!task.getAssignee().equals(account.userId())) {
            throw new Refused("task.race.claimed", access.displayName(task.getAssignee()));
        }
        if (userId.equals(account.userId())) {
            throw new Refused("task.delegateSelf", userId);
        }
        access.requireCandidate(task, userId);
        tasks.delegateTask(taskId, userId);
        caseFiles.comment(account, taskId, texts.zh("inbox.text.delegatedTo", access.displayName(userId)));
    }

    /** The delegate hands the task back to its owner with the values entered; the owner completes it. */
    public void resolve(Account account, String taskId, Map<String, Object> variables) {
        resolve(account, taskId, variables, Map.of());
    }

    /** Resolves with the files of the form's filepickers, stored in the same transaction. */
    @Transactional
    public void resolve(
            Account account, String taskId, Map<String, Object> variables, Map<String, List<UploadedFile>> uploads) {
        Task task = access.require(account, taskId);
        if (task.getDelegationState() != DelegationState.PENDING
                || !account.userId().equals(task.getAssignee())) {
            throw new Refused("task.notDelegated", taskId);
        }
        try {
            files.store(task, uploads);
            tasks.resolveTask(taskId, variables);
        } catch (RuntimeException e) {
            throw TaskRefusals.refusal(taskId, e);
        }
        caseFiles.comment(
                account, taskId, texts.zh("inbox.text.delegationResolved", access.displayName(task.getOwner())));
    }

    /** The owner of a task delegated to the account, while the delegation is pending. */
    public Optional<String> delegatedBy(Account account, String taskId) {
        Task task = access.require(account, taskId);
        return task.getDelegationState() == DelegationState.PENDING
                        && account.userId().equals(task.getAssignee())
                ? Optional.ofNullable(task.getOwner())
                : Optional.empty();
    }

    /** The officials who may work the task: members of its candidate groups, by name. */
    public List<Colleague> colleagues(Account account, String taskId) {
        return access.candidates(access.require(account, taskId));
    }

    /** An official who may be given a task. */
    public record Colleague(String userId, String name) {}

    /**
     * Completes the task as the account (claiming it first, so the records name who decided). The
     * engine's {@link CompletionGuard} checks the outputs against the task's form and the process's
     * listeners check the rest; a refusal comes back as {@link Refused} with its sentence
     * ({@code taskPage.refused}). One transaction: a refused completion leaves the task unclaimed as it was.
     */
    @Transactional
    public void complete(Account account, String taskId, Map<String, Object> variables) {
        complete(account, taskId, variables, Map.of());
    }

    /**
     * Completes the task with the files of its form's filepickers, stored as attachments of the case
     * (described by the field's key) in the same transaction: a refused completion keeps no file.
     */
    @Transactional
    public void complete(
            Account account, String taskId, Map<String, Object> variables, Map<String, List<UploadedFile>> uploads) {
        Task task = access.require(account, taskId);
        if (task.getAssignee() == null) {
            claimChecked(account, taskId);
        } else if (!task.getAssignee().equals(account.userId())) {
            throw new Refused("task.race.claimed", access.displayName(task.getAssignee()));
        }
        try {
            files.store(task, uploads);
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            throw TaskRefusals.refusal(taskId, e);
        }
    }
}
