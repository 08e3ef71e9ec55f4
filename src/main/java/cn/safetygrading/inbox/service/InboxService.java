package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.engine.CaseComments;
import cn.safetygrading.base.engine.TaskRaceLost;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.ComponentType;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.inbox.persistence.InboxCriteria;
import cn.safetygrading.inbox.persistence.InboxTaskMapper;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks an official may work: assigned to them or offered to one of their groups; claim,
 * unclaim, delegate and complete, with a clear answer when someone else was first.
 */
@Service
public class InboxService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(InboxService.class);

    /** At most this many tasks in one bulk assignment. */
    public static final int MAX_BULK = 500;

    private final TaskService tasks;
    private final InboxTaskMapper readModel;
    private final IdentityService identity;
    private final CaseComments comments;
    private final CampaignService campaignService;
    private final Clock clock;
    private final FormRepository forms;
    private final Translations translations;

    private final ScopeService scopes;

    public InboxService(
            TaskService tasks,
            InboxTaskMapper readModel,
            IdentityService identity,
            CaseComments comments,
            CampaignService campaignService,
            Clock clock,
            FormRepository forms,
            Translations translations,
            ScopeService scopes) {
        this.scopes = scopes;
        this.forms = forms;
        this.translations = translations;
        this.tasks = tasks;
        this.readModel = readModel;
        this.identity = identity;
        this.comments = comments;
        this.campaignService = campaignService;
        this.clock = clock;
    }

    public List<InboxTask> page(Account account, int offset, int limit) {
        return page(account, InboxFilter.all(), offset, limit);
    }

    public List<InboxTask> page(Account account, InboxFilter filter, int offset, int limit) {
        return page(account, filter, List.of(), offset, limit);
    }

    /**
     * One page of the filtered inbox in the given order (column, ascending), then due first and
     * oldest first. Read from the inbox's read model ({@link InboxReadModel}), whose business
     * columns are the process variables the cases keep.
     */
    public List<InboxTask> page(
            Account account, InboxFilter filter, List<Map.Entry<InboxTask.Sort, Boolean>> sort, int offset, int limit) {
        if (account.isEnterprise()) {
            return List.of();
        }
        StringBuilder order = new StringBuilder();
        for (Map.Entry<InboxTask.Sort, Boolean> entry : sort) {
            String column = switch (entry.getKey()) {
                case TASK -> "i.name";
                case ENTERPRISE -> "i.enterprise_name";
                case USCC -> "i.business_key";
                case REGION -> "i.county_code";
                case CLASS -> "i.enterprise_class";
                case CREATED -> "i.created";
                case DUE -> "i.due";
                case ASSIGNEE -> "i.assignee";
            };
            order.append(column).append(entry.getValue() ? " asc, " : " desc, ");
        }
        order.append("i.due asc, i.created asc, i.task_id asc");
        List<InboxTaskMapper.InboxRow> rows = readModel.page(
                criteria(account, filter, order.toString()),
                Math.max(0, offset),
                Math.min(Math.max(1, limit), LedgerService.MAX_PAGE));
        return label(rows);
    }

    /** The campaigns a filter can pick from: those of the account's region and below, newest first. */
    public List<Campaign> campaigns(Account account) {
        return account.isEnterprise() ? List.of() : campaignService.list(account, 0, 100);
    }

    public long count(Account account) {
        return count(account, InboxFilter.all());
    }

    public long count(Account account, InboxFilter filter) {
        return account.isEnterprise() ? 0 : readModel.count(criteria(account, filter, null));
    }

    /** Open tasks of the account's groups whose due date has passed. */
    public long overdueCount(Account account) {
        return account.isEnterprise() ? 0 : readModel.count(overdue(account));
    }

    /** Overdue tasks of the account's scope per county (the process variable countyCode). */
    public Map<String, Long> overdueByCounty(Account account, List<String> countyCodes) {
        Map<String, Long> byCounty = new java.util.HashMap<>();
        if (!account.isEnterprise()) {
            readModel.countByCounty(overdue(account)).forEach(row -> byCounty.put(row.key(), row.count()));
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String county : countyCodes) {
            counts.put(county, byCounty.getOrDefault(county, 0L));
        }
        return counts;
    }

    /** Overdue tasks per assignee ("" for unclaimed) and the longest delay in whole days. */
    public Map<String, long[]> overdueByAssignee(Account account) {
        Map<String, long[]> byAssignee = new java.util.TreeMap<>();
        if (account.isEnterprise()) {
            return byAssignee;
        }
        long nowMillis = clock.millis();
        for (InboxTaskMapper.AssigneeCount row : readModel.countByAssignee(overdue(account))) {
            long earliest = row.earliestDue().getTime();
            byAssignee.put(row.key(), new long[] {row.count(), (nowMillis - earliest) / 86_400_000L});
        }
        return byAssignee;
    }

    /** Open tasks per task type due within the next {@code days} days (not yet overdue). */
    public Map<String, Long> dueSoonByTaskKey(Account account, int days, List<String> taskKeys) {
        Map<String, Long> byKey = new java.util.HashMap<>();
        if (!account.isEnterprise() && !taskKeys.isEmpty()) {
            Date until = Date.from(clock.instant().plusSeconds(86_400L * days));
            readModel
                    .countByTaskKey(criteria(account, InboxFilter.all(), null).withDue(until, now()), taskKeys)
                    .forEach(row -> byKey.put(row.key(), row.count()));
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String key : taskKeys) {
            counts.put(key, byKey.getOrDefault(key, 0L));
        }
        return counts;
    }

    private InboxCriteria overdue(Account account) {
        return criteria(account, new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, true, null, null), null);
    }

    /**
     * The read-model query of a filter: what {@link #visible} admits (every task for administrators;
     * the account's own and its groups' tasks; a manager's whole region), narrowed by the filter.
     */
    private InboxCriteria criteria(Account account, InboxFilter filter, String orderBy) {
        String[] groups = overseenGroups(account).toArray(String[]::new);
        String scopeColumn = null;
        if (!account.isAdmin() && !account.groups().isEmpty() && overseesRegion(account)) {
            scopeColumn = account.regionCode().endsWith("00") ? "city_code" : "county_code";
        }
        Date dueBefore = null;
        if (filter.overdueOnly()) {
            dueBefore = now();
        } else if (filter.dueWithinDays() != null) {
            dueBefore = Date.from(clock.instant().plusSeconds(86_400L * filter.dueWithinDays()));
        }
        String usccPrefix = null;
        String nameLike = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = likeEscaped(filter.text().strip());
            usccPrefix = text.toUpperCase(java.util.Locale.ROOT) + "%";
            nameLike = "%" + text + "%";
        }
        return new InboxCriteria(
                account.userId(),
                groups,
                account.isAdmin(),
                scopeColumn,
                scopeColumn == null ? null : account.regionCode(),
                filter.show().name(),
                filter.taskKey(),
                filter.countyCode(),
                filter.campaignId(),
                filter.enterpriseClass(),
                dueBefore,
                null,
                usccPrefix,
                nameLike,
                orderBy);
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One task the account may work, labelled; empty when it is gone or not theirs. */
    public Optional<InboxTask> find(Account account, String taskId) {
        Task task = visible(account).taskId(taskId).singleResult();
        InboxTaskMapper.InboxRow row = task == null ? null : readModel.byId(taskId);
        return row == null ? Optional.empty() : Optional.of(label(List.of(row)).get(0));
    }

    /** The Camunda Form the task renders (its camunda:formRef key), if it has one. */
    public Optional<String> formKey(Account account, String taskId) {
        require(account, taskId);
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return Optional.ofNullable(task.getCamundaFormRef()).map(ref -> ref.getKey());
    }

    /** The process instance of a task the account may work. */
    public String processInstanceId(Account account, String taskId) {
        return require(account, taskId).getProcessInstanceId();
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
        require(account, taskId);
        VariableMap typed = tasks.getVariablesTyped(taskId, false);
        Map<String, Object> values = new java.util.HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String name : typed.keySet()) {
            TypedValue value = typed.getValueTyped(name);
            if (value instanceof ObjectValue object && !object.isDeserialized()) {
                if (object.getObjectTypeName() != null
                        && object.getObjectTypeName().startsWith("java.util.")) {
                    try {
                        values.put(
                                name, tasks.getVariableTyped(taskId, name, true).getValue());
                        continue;
                    } catch (RuntimeException notReadable) {
                        log.warn("variable {} of task {} cannot be read: {}", name, taskId, notReadable.getMessage());
                    }
                } else {
                    log.warn(
                            "variable {} of task {} is a stored {} and is not read",
                            name,
                            taskId,
                            object.getObjectTypeName());
                }
                unreadable.add(name);
            } else if (value instanceof SerializableValue serialized && !serialized.isDeserialized()) {
                unreadable.add(name);
            } else {
                values.put(name, value.getValue());
            }
        }
        return new FormVariables(values, List.copyOf(unreadable));
    }

    /** A task's readable variables, and the names of those left out. */
    public record FormVariables(Map<String, Object> values, List<String> unreadable) {}

    public void claim(Account account, String taskId) {
        Task task = require(account, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(account.userId())) {
            throw new Refused("task.race.claimed", displayName(task.getAssignee()));
        }
        claimChecked(account, taskId);
    }

    /** Claims a task the account may work (checked by the caller); someone else's claim first is refused. */
    private void claimChecked(Account account, String taskId) {
        try {
            tasks.claim(taskId, account.userId());
        } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new Refused("task.race.claimed", displayName(e.getTaskAssignee()));
        } catch (RuntimeException e) {
            throw raceOr(e);
        }
    }

    public void unclaim(Account account, String taskId) {
        Task task = require(account, taskId);
        if (!account.userId().equals(task.getAssignee()) && !account.isAdmin()) {
            throw new Refused("task.notYours", task.getAssignee());
        }
        tasks.setAssignee(taskId, null);
    }

    /** Hands the task to a colleague; managers and administrators may assign any task of their scope. */
    public void assign(Account account, String taskId, String userId) {
        Task task = require(account, taskId);
        boolean mine = account.userId().equals(task.getAssignee());
        if (!mine && !account.isAdmin() && !account.has(Role.MANAGER)) {
            throw new Refused("task.notYours", task.getAssignee());
        }
        requireCandidate(task, userId);
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
        Task task = require(account, taskId);
        if (task.getAssignee() == null) {
            claim(account, taskId);
        } else if (!task.getAssignee().equals(account.userId())) {
            throw new Refused("task.race.claimed", displayName(task.getAssignee()));
        }
        if (userId.equals(account.userId())) {
            throw new Refused("task.delegateSelf", userId);
        }
        requireCandidate(task, userId);
        tasks.delegateTask(taskId, userId);
        comment(account, taskId, "委派给 " + displayName(userId));
    }

    /** The delegate hands the task back to its owner with the values entered; the owner completes it. */
    public void resolve(Account account, String taskId, Map<String, Object> variables) {
        resolve(account, taskId, variables, Map.of());
    }

    /** Resolves with the files of the form's filepickers, stored in the same transaction. */
    @Transactional
    public void resolve(
            Account account, String taskId, Map<String, Object> variables, Map<String, List<UploadedFile>> files) {
        Task task = require(account, taskId);
        if (task.getDelegationState() != DelegationState.PENDING
                || !account.userId().equals(task.getAssignee())) {
            throw new Refused("task.notDelegated", taskId);
        }
        try {
            storeFiles(task, files);
            tasks.resolveTask(taskId, variables);
        } catch (RuntimeException e) {
            throw refusal(taskId, e);
        }
        comment(account, taskId, "委派办理完毕，交回 " + displayName(task.getOwner()));
    }

    /** The owner of a task delegated to the account, while the delegation is pending. */
    public Optional<String> delegatedBy(Account account, String taskId) {
        Task task = require(account, taskId);
        return task.getDelegationState() == DelegationState.PENDING
                        && account.userId().equals(task.getAssignee())
                ? Optional.ofNullable(task.getOwner())
                : Optional.empty();
    }

    /** The officials who may work the task: members of its candidate groups, by name. */
    public List<Colleague> colleagues(Account account, String taskId) {
        return candidates(require(account, taskId));
    }

    /** An official who may be given a task. */
    public record Colleague(String userId, String name) {}

    // ---------------------------------------------------------------- comments and attachments

    /** Adds a comment to the task, in the name of the account (kept with the process, shown in Tasklist too). */
    public void comment(Account account, String taskId, String text) {
        Task task = require(account, taskId);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            throw new Refused("task.commentEmpty", "");
        }
        if (message.length() > MAX_COMMENT) {
            throw new Refused("task.commentTooLong", String.valueOf(MAX_COMMENT));
        }
        comments.add(account.userId(), taskId, task.getProcessInstanceId(), message);
    }

    /** At most this many characters in a comment. */
    public static final int MAX_COMMENT = 2000;

    /** The comments of the task's whole process, oldest first (a case's discussion spans its tasks). */
    public List<TaskComment> comments(Account account, String taskId) {
        Task task = require(account, taskId);
        return tasks.getProcessInstanceComments(task.getProcessInstanceId()).stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> new TaskComment(
                        c.getUserId() == null ? "" : displayName(c.getUserId()),
                        toOffset(c.getTime()),
                        c.getFullMessage()))
                .toList();
    }

    /** One comment as shown. */
    public record TaskComment(String author, OffsetDateTime time, String text) {}

    /**
     * Attaches a file to the task's case: the type and size rules of the forms apply (no executables,
     * no active web content, content matching its extension); the file is kept in the database.
     */
    public void addAttachment(Account account, String taskId, String fileName, String mimeType, byte[] content) {
        Task task = require(account, taskId);
        FileRules.DEFAULT
                .check("attachment", new UploadedFile(fileName, mimeType, content), null)
                .ifPresent(error -> {
                    throw new Refused(error.messageKey(), fileName);
                });
        tasks.createAttachment(
                FileRules.extension(fileName),
                taskId,
                task.getProcessInstanceId(),
                fileName,
                "上传人：" + displayName(account.userId()),
                new java.io.ByteArrayInputStream(content));
    }

    /** The files of the task's case (its forms' uploads and attachments), newest first. */
    public List<TaskAttachment> attachments(Account account, String taskId) {
        Task task = require(account, taskId);
        return tasks.getProcessInstanceAttachments(task.getProcessInstanceId()).stream()
                .sorted(Comparator.comparing(Attachment::getCreateTime).reversed())
                .map(a -> new TaskAttachment(a.getId(), a.getName(), a.getDescription(), toOffset(a.getCreateTime())))
                .toList();
    }

    /** One file of a case. */
    public record TaskAttachment(String id, String name, String description, OffsetDateTime created) {}

    /** The bytes of one file of the task's case; a file of another case is not found. */
    public byte[] attachmentContent(Account account, String taskId, String attachmentId) {
        Task task = require(account, taskId);
        Attachment attachment = tasks.getAttachment(attachmentId);
        if (attachment == null || !task.getProcessInstanceId().equals(attachment.getProcessInstanceId())) {
            throw new Refused("task.attachmentGone", attachmentId);
        }
        try (InputStream in = tasks.getAttachmentContent(attachmentId)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Colleague> candidates(Task task) {
        Map<String, Colleague> users = new TreeMap<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                identity.createUserQuery()
                        .memberOfGroup(link.getGroupId())
                        .listPage(0, 1000)
                        .forEach(u -> users.put(u.getId(), new Colleague(u.getId(), name(u))));
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                users.computeIfAbsent(link.getUserId(), id -> new Colleague(id, displayName(id)));
            }
        }
        return List.copyOf(users.values());
    }

    /** The official may work the task: a candidate user of it, or a member of one of its candidate groups. */
    private void requireCandidate(Task task, String userId) {
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

    private String displayName(String userId) {
        if (userId == null) {
            return "";
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : name(user);
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName())
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return name.isEmpty() ? user.getId() : name + "（" + user.getId() + "）";
    }

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
            Account account, String taskId, Map<String, Object> variables, Map<String, List<UploadedFile>> files) {
        Task task = require(account, taskId);
        if (task.getAssignee() == null) {
            claimChecked(account, taskId);
        } else if (!task.getAssignee().equals(account.userId())) {
            throw new Refused("task.race.claimed", displayName(task.getAssignee()));
        }
        try {
            storeFiles(task, files);
            tasks.complete(taskId, variables);
        } catch (RuntimeException e) {
            throw refusal(taskId, e);
        }
    }

    /** The files of a completion: each checked by the form's file rules, then kept with the case. */
    private void storeFiles(Task task, Map<String, List<UploadedFile>> files) {
        if (files.isEmpty()) {
            return;
        }
        Task withForm = tasks.createTaskQuery()
                .taskId(task.getId())
                .initializeFormKeys()
                .singleResult();
        var form = withForm.getCamundaFormRef() == null
                ? null
                : forms.find(withForm.getCamundaFormRef().getKey()).orElse(null);
        files.forEach((key, list) -> {
            var field = form == null
                    ? null
                    : form.input(key)
                            .filter(c -> c.type() == ComponentType.FILEPICKER)
                            .orElse(null);
            if (field == null) {
                throw new Refused("taskPage.refused", key);
            }
            for (UploadedFile file : list) {
                FileRules.DEFAULT.check(key, file, field.accept()).ifPresent(error -> {
                    throw new Refused(
                            "taskPage.refused",
                            translations.get(
                                    error.messageKey(),
                                    Translations.CHINESE,
                                    error.args().toArray()));
                });
                tasks.createAttachment(
                        FileRules.extension(file.fileName()),
                        task.getId(),
                        task.getProcessInstanceId(),
                        file.fileName(),
                        key,
                        new java.io.ByteArrayInputStream(file.bytes()));
            }
        });
    }

    /** What the person is told when the engine refuses: the refusal's sentence, never the engine's text. */
    private static RuntimeException refusal(String taskId, RuntimeException e) {
        if (TaskRaceLost.in(e).isPresent()) {
            return raceOr(e);
        }
        if (e instanceof CompletionRefusal refusal) {
            return new Refused("taskPage.refused", refusal.sentence());
        }
        if (e instanceof NullValueException) {
            return new Refused("task.gone", taskId);
        }
        if (e instanceof Refused || e instanceof AccessDeniedException) {
            return e;
        }
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("completing task {} failed (reference {})", taskId, reference, e);
        return new Refused("taskPage.failed", reference);
    }

    /** Someone else claimed or ended the task first: the sentence that says so (named holder), else the exception. */
    private static RuntimeException raceOr(RuntimeException e) {
        return TaskRaceLost.in(e)
                .<RuntimeException>map(lost -> new Refused(lost.messageKey(), lost.holder()))
                .orElse(e);
    }

    private Task require(Account account, String taskId) {
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
    private TaskQuery visible(Account account) {
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
    private boolean overseesRegion(Account account) {
        return account.has(Role.MANAGER)
                && account.regionCode() != null
                && scopes.departmentOf(account).isEmpty();
    }

    /** The account's groups; a department manager's also every role's group of its department (reviewer-371002-housing …). */
    private List<String> overseenGroups(Account account) {
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

    private List<InboxTask> label(List<InboxTaskMapper.InboxRow> page) {
        Date now = now();
        return page.stream()
                .map(t -> new InboxTask(
                        t.taskId(),
                        t.name(),
                        t.taskKey(),
                        t.businessKey(),
                        t.enterpriseName(),
                        t.regionName(),
                        t.enterpriseClass(),
                        t.grade(),
                        t.proposedGrade(),
                        t.campaignName(),
                        toOffset(t.created()),
                        toOffset(t.due()),
                        t.assignee(),
                        t.due() != null && t.due().before(now)))
                .toList();
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atZone(clock.getZone()).toOffsetDateTime();
    }
}
