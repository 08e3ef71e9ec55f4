package cn.safetygrading.grading.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.json.Json;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.domain.SelfAssessmentTask;
import cn.safetygrading.grading.persistence.EvidenceItemMapper;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.persistence.SelfAssessmentSubmissionMapper;
import cn.safetygrading.grading.persistence.SelfAssessmentSubmissionMapper.Submission;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's side of selfAssessment: its checklist, drafts it can come back to, evidence
 * uploads, the live score, and the submission (scored by the system from the answers).
 */
@Service
public class SelfAssessmentService {

    public static final String DRAFT = "checklistDraft";
    /** The preliminary review's field listing the items a return asks the enterprise to correct. */
    public static final String RETURN_ITEMS = "returnItems";

    public static final String EVIDENCE = "evidence";
    public static final Set<String> EVIDENCE_TYPES = Set.of("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png");

    private final TaskService tasks;
    private final ChecklistService checklists;
    private final GradingCaseMapper cases;
    private final SelfAssessmentSubmissionMapper submissions;
    private final GradingQueries gradings;
    private final RuntimeService runtime;
    private final ObjectMapper json;
    private final Clock clock;
    private final long maxEvidenceBytes;
    /** The items evidence files were attached to (V36). */
    private final EvidenceItemMapper evidenceItems;

    public SelfAssessmentService(
            TaskService tasks,
            ChecklistService checklists,
            GradingCaseMapper cases,
            SelfAssessmentSubmissionMapper submissions,
            GradingQueries gradings,
            RuntimeService runtime,
            ObjectMapper json,
            Clock clock,
            @Value("${app.grading.max-evidence-bytes:20971520}") long maxEvidenceBytes,
            EvidenceItemMapper evidenceItems) {
        this.evidenceItems = evidenceItems;
        this.tasks = tasks;
        this.checklists = checklists;
        this.cases = cases;
        this.submissions = submissions;
        this.gradings = gradings;
        this.runtime = runtime;
        this.json = json;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    /** The open self-assessment of the account's enterprise, if there is one. */
    public Optional<SelfAssessmentTask> open(Account account) {
        return openTask(account).map(task -> {
            // the case's checklist (the one the submission is scored against), not the display variable
            String checklistId = cases.byProcessInstance(task.getProcessInstanceId())
                    .map(c -> c.checklistId())
                    .orElseGet(() -> (String) tasks.getVariable(task.getId(), "checklistId"));
            Checklist checklist = checklists
                    .find(checklistId)
                    .orElseThrow(
                            () -> new IllegalStateException("the case's checklist is not shipped: " + checklistId));
            // a draft saved on this task first; after a return, the last submission of the case
            Object localDraft = tasks.getVariableLocal(task.getId(), DRAFT);
            Optional<Submission> last =
                    localDraft == null ? submissions.last(task.getProcessInstanceId()) : Optional.empty();
            Map<String, String> draft = readDraft(
                    localDraft != null
                            ? localDraft
                            : last.map(Submission::answers).orElse(null));
            String comment = localDraft != null
                    ? (String) tasks.getVariableLocal(task.getId(), "draftComment")
                    : last.map(Submission::comment).orElse(null);
            Optional<GradingRound> returned = cases.byProcessInstance(task.getProcessInstanceId())
                    .flatMap(c -> cases.rounds(c.id()).stream()
                            .filter(r -> "PRELIMINARY_REVIEW".equals(r.kind()) && "RETURN".equals(r.outcome()))
                            .max(Comparator.comparing(GradingRound::id)));
            String returnReason = returned.map(GradingRound::comment).orElse(null);
            Set<String> toCorrect =
                    returned.isPresent() ? itemIds(tasks.getVariable(task.getId(), RETURN_ITEMS), checklist) : Set.of();
            return new SelfAssessmentTask(
                    task.getId(),
                    checklist,
                    draft,
                    comment,
                    task.getDueDate() == null
                            ? null
                            : task.getDueDate()
                                    .toInstant()
                                    .atZone(clock.getZone())
                                    .toOffsetDateTime(),
                    returnReason,
                    evidence(task),
                    toCorrect);
        });
    }

    /** The item ids of a return (the reviewer's field, ids separated by commas, 、 or spaces) that are items of the checklist. */
    static Set<String> itemIds(Object raw, Checklist checklist) {
        if (!(raw instanceof String text) || text.isBlank()) {
            return Set.of();
        }
        Set<String> known = new LinkedHashSet<>();
        checklist.sections().forEach(s -> s.items().forEach(i -> known.add(i.id())));
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(text.split("[,，、;；\\s]+"))
                .map(String::trim)
                .map(id -> id.toUpperCase(Locale.ROOT))
                .filter(known::contains)
                .forEach(ids::add);
        return ids;
    }

    /** The evidence of the case so far, every round's (what the reviewers see), oldest first. */
    private List<SelfAssessmentTask.Evidence> evidence(Task task) {
        return evidenceOf(task.getProcessInstanceId());
    }

    /** The case's evidence, oldest first, each with the checklist item it was attached to (V36), if any. */
    private List<SelfAssessmentTask.Evidence> evidenceOf(String processInstanceId) {
        Map<String, String> items = new java.util.HashMap<>();
        evidenceItems.of(processInstanceId).forEach(l -> items.put(l.attachmentId(), l.itemId()));
        return tasks.getProcessInstanceAttachments(processInstanceId).stream()
                .filter(a -> EVIDENCE.equals(a.getDescription()))
                .sorted(Comparator.comparing(a -> a.getCreateTime()))
                .map(a -> new SelfAssessmentTask.Evidence(a.getId(), a.getName(), a.getType(), items.get(a.getId())))
                .toList();
    }

    /** The content of one evidence file of the enterprise's open self-assessment. */
    public byte[] evidenceContent(Account account, String taskId, String attachmentId) {
        Task task = requireOwn(account, taskId);
        requireEvidence(task, attachmentId);
        try (var in = tasks.getAttachmentContent(attachmentId)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Removes an evidence file of the enterprise's open self-assessment (the deletion is in Camunda's operation log). */
    @Transactional
    public void deleteEvidence(Account account, String taskId, String attachmentId) {
        Task task = requireOwn(account, taskId);
        requireEvidence(task, attachmentId);
        evidenceItems.delete(attachmentId);
        tasks.deleteAttachment(attachmentId);
    }

    private void requireEvidence(Task task, String attachmentId) {
        var attachment = tasks.getAttachment(attachmentId);
        if (attachment == null
                || !task.getProcessInstanceId().equals(attachment.getProcessInstanceId())
                || !EVIDENCE.equals(attachment.getDescription())) {
            throw new AccessDeniedException("not evidence of your enterprise's open self-assessment");
        }
    }

    /** What was submitted for a case, as its reviewers read it: the checklist, the answers, the comment, the evidence. */
    public record Submitted(
            Checklist checklist,
            Map<String, String> answers,
            String comment,
            List<SelfAssessmentTask.Evidence> evidence) {}

    /**
     * The checklist answers the case was scored on (the last self-assessment or department diagnosis), for
     * an account that may see the case's enterprise; empty otherwise or before anything was submitted.
     */
    public Optional<Submitted> submitted(Account account, String processInstanceId) {
        return gradings.caseOf(account, processInstanceId).flatMap(c -> {
            Checklist checklist = checklists.find(c.checklistId()).orElse(null);
            if (checklist == null) {
                return Optional.empty();
            }
            // the variable is cleared when a new round opens and set by that round's completion; the stored
            // submission is the enterprise's own record of it
            Object scored = runtime
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(processInstanceId)
                    .variableName("checklistAnswers")
                    .list()
                    .stream()
                    .filter(v -> v.getTaskId() == null)
                    .map(v -> v.getValue())
                    .findFirst()
                    .orElse(null);
            Optional<Submission> last = submissions.last(processInstanceId);
            Map<String, String> answers = readDraft(
                    scored != null ? scored : last.map(Submission::answers).orElse(null));
            if (answers.isEmpty()) {
                return Optional.empty();
            }
            String comment = last.map(Submission::comment).orElse(null);
            List<SelfAssessmentTask.Evidence> evidence = evidenceOf(processInstanceId);
            return Optional.of(new Submitted(checklist, answers, comment, evidence));
        });
    }

    /**
     * What was submitted in one self-assessment round (its task), read-only, for an account that may see the
     * case's enterprise (the enterprise itself: its own copy); the case's evidence as it stands.
     */
    public Optional<Submitted> submittedRound(Account account, String processInstanceId, String taskId) {
        return gradings.caseOf(account, processInstanceId)
                .flatMap(c -> checklists
                        .find(c.checklistId())
                        .flatMap(checklist -> submissions
                                .byTask(processInstanceId, taskId)
                                .map(s -> new Submitted(
                                        checklist,
                                        readDraft(s.answers()),
                                        s.comment(),
                                        evidenceOf(processInstanceId)))));
    }

    /** An evidence file for preview: its name, the type its content was checked against, and the bytes. */
    public record EvidenceFile(String name, String extension, byte[] content) {

        /** True if the bytes are what the extension says (checked again when served). */
        public boolean genuine() {
            return matchesType(extension, content);
        }
    }

    /** One evidence file of a case the account may see (the case's enterprise, or an official with it in scope). */
    public Optional<EvidenceFile> evidenceFile(Account account, String attachmentId) {
        var attachment = attachmentId == null ? null : tasks.getAttachment(attachmentId);
        if (attachment == null
                || attachment.getProcessInstanceId() == null
                || !EVIDENCE.equals(attachment.getDescription())
                || gradings.caseOf(account, attachment.getProcessInstanceId()).isEmpty()) {
            return Optional.empty();
        }
        try (var in = tasks.getAttachmentContent(attachmentId)) {
            String name = attachment.getName() == null ? "" : attachment.getName();
            String extension = name.contains(".")
                    ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            return Optional.of(new EvidenceFile(name, extension, in == null ? new byte[0] : in.readAllBytes()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The live score of a draft (unanswered items left out). */
    public ScoreResult preview(Checklist checklist, Map<String, String> answers) {
        return checklists.preview(checklist, answers);
    }

    /** Keeps the answers so far with the task; the enterprise can come back to them. */
    public void saveDraft(Account account, String taskId, Map<String, String> answers, String comment) {
        Task task = requireOwn(account, taskId);
        tasks.setVariableLocal(task.getId(), DRAFT, write(answers));
        tasks.setVariableLocal(task.getId(), "draftComment", comment);
    }

    /** Stores an evidence file with the task (in the database), after checking its type and size. */
    public SelfAssessmentTask.Evidence addEvidence(Account account, String taskId, String fileName, byte[] content) {
        return addEvidence(account, taskId, fileName, content, null);
    }

    /**
     * Stores an evidence file for one checklist item ({@code itemId}, null for the whole case); an id that is
     * not an item of the case's checklist is refused.
     */
    @Transactional
    public SelfAssessmentTask.Evidence addEvidence(
            Account account, String taskId, String fileName, byte[] content, String itemId) {
        Task task = requireOwn(account, taskId);
        if (itemId != null && !itemOfCase(task, itemId)) {
            throw new Refused("selfAssessment.evidenceItem", itemId);
        }
        String extension = fileName == null || !fileName.contains(".")
                ? ""
                : fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!EVIDENCE_TYPES.contains(extension)) {
            throw new Refused("selfAssessment.evidenceType", fileName);
        }
        if (content.length == 0 || content.length > maxEvidenceBytes) {
            throw new Refused("selfAssessment.evidenceSize", fileName);
        }
        if (!matchesType(extension, content)) {
            throw new Refused("selfAssessment.evidenceContent", fileName);
        }
        var attachment = tasks.createAttachment(
                extension,
                task.getId(),
                task.getProcessInstanceId(),
                fileName,
                EVIDENCE,
                new ByteArrayInputStream(content));
        if (itemId != null) {
            evidenceItems.insert(attachment.getId(), task.getProcessInstanceId(), itemId);
        }
        return new SelfAssessmentTask.Evidence(attachment.getId(), attachment.getName(), attachment.getType(), itemId);
    }

    private boolean itemOfCase(Task task, String itemId) {
        String checklistId = cases.byProcessInstance(task.getProcessInstanceId())
                .map(c -> c.checklistId())
                .orElseGet(() -> (String) tasks.getVariable(task.getId(), "checklistId"));
        return checklists
                .find(checklistId)
                .map(c -> c.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .orElse(false);
    }

    /** Submits: every item answered; the listener computes the score and flags from the answers. One transaction. */
    @Transactional
    public void submit(Account account, String taskId, Map<String, String> answers, String comment) {
        Task task = requireOwn(account, taskId);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("checklistAnswers", write(answers));
        vars.put("comment", comment);
        tasks.setAssignee(task.getId(), account.userId());
        submissions.insert(
                task.getProcessInstanceId(),
                task.getId(),
                account.uscc(),
                write(answers),
                comment,
                account.userId(),
                clock.instant().atZone(clock.getZone()).toOffsetDateTime());
        tasks.complete(task.getId(), vars);
    }

    private Optional<Task> openTask(Account account) {
        if (!account.has(Role.ENTERPRISE) || account.uscc() == null) {
            return Optional.empty();
        }
        return tasks
                .createTaskQuery()
                .active()
                .taskDefinitionKey("selfAssessment")
                .processInstanceBusinessKey(account.uscc())
                .listPage(0, 1)
                .stream()
                .findFirst();
    }

    private Task requireOwn(Account account, String taskId) {
        return openTask(account)
                .filter(t -> t.getId().equals(taskId))
                .orElseThrow(() -> new AccessDeniedException("not your enterprise's open self-assessment"));
    }

    /** The first bytes must match the extension: a renamed executable is not a PDF. */
    static boolean matchesType(String extension, byte[] c) {
        return switch (extension) {
            case "pdf" -> starts(c, '%', 'P', 'D', 'F');
            case "png" -> starts(c, 0x89, 'P', 'N', 'G');
            case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx" -> starts(c, 'P', 'K', 3, 4);
            case "doc", "xls" -> starts(c, 0xD0, 0xCF, 0x11, 0xE0);
            default -> false;
        };
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private String write(Map<String, String> answers) {
        return Json.of(json).write(answers);
    }

    private Map<String, String> readDraft(Object raw) {
        if (raw == null) {
            return Map.of();
        }
        try {
            return json.readValue(String.valueOf(raw), new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
