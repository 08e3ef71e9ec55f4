package cn.safetygrading.grading.service;

import cn.safetygrading.base.json.Json;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.RoundKind;
import cn.safetygrading.grading.domain.RoundOutcome;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.domain.SelfAssessmentTask;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.grading.persistence.SelfAssessmentSubmissionMapper;
import cn.safetygrading.grading.persistence.SelfAssessmentSubmissionMapper.Submission;
import cn.safetygrading.security.domain.Account;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's side of selfAssessment: its checklist, drafts it can come back to, evidence
 * uploads, the live score, and the submission (scored by the system from the answers). Every entry point an
 * enterprise calls with a task id first checks it is its own open self-assessment ({@link SelfAssessmentTasks});
 * the evidence files themselves are kept by {@link SelfAssessmentEvidence}.
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
    private final SelfAssessmentTasks openTasks;
    private final SelfAssessmentEvidence evidence;

    public SelfAssessmentService(
            TaskService tasks,
            ChecklistService checklists,
            GradingCaseMapper cases,
            SelfAssessmentSubmissionMapper submissions,
            GradingQueries gradings,
            RuntimeService runtime,
            ObjectMapper json,
            Clock clock,
            SelfAssessmentTasks openTasks,
            SelfAssessmentEvidence evidence) {
        this.tasks = tasks;
        this.checklists = checklists;
        this.cases = cases;
        this.submissions = submissions;
        this.gradings = gradings;
        this.runtime = runtime;
        this.json = json;
        this.clock = clock;
        this.openTasks = openTasks;
        this.evidence = evidence;
    }

    /** The open self-assessment of the account's enterprise, if there is one. */
    public Optional<SelfAssessmentTask> open(Account account) {
        return openTasks.open(account).map(task -> {
            String checklistId = openTasks.checklistId(task);
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
                            .filter(r -> r.kind() == RoundKind.PRELIMINARY_REVIEW && r.outcome() == RoundOutcome.RETURN)
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
                    evidence.of(task.getProcessInstanceId()),
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

    /** The content of one evidence file of the enterprise's open self-assessment. */
    public byte[] evidenceContent(Account account, String taskId, String attachmentId) {
        return evidence.content(openTasks.requireOwn(account, taskId), attachmentId);
    }

    /** Removes an evidence file of the enterprise's open self-assessment (the deletion is in Camunda's operation log). */
    @Transactional
    public void deleteEvidence(Account account, String taskId, String attachmentId) {
        evidence.delete(openTasks.requireOwn(account, taskId), attachmentId);
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
            return Optional.of(new Submitted(checklist, answers, comment, evidence.of(processInstanceId)));
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
                                        evidence.of(processInstanceId)))));
    }

    /** An evidence file for preview: its name, the type its content was checked against, and the bytes. */
    public record EvidenceFile(String name, String extension, byte[] content) {

        /** True if the bytes are what the extension says (checked again when served). */
        public boolean genuine() {
            return SelfAssessmentEvidence.matchesType(extension, content);
        }
    }

    /** One evidence file of a case the account may see (the case's enterprise, or an official with it in scope). */
    public Optional<EvidenceFile> evidenceFile(Account account, String attachmentId) {
        return evidence.file(account, attachmentId);
    }

    /** The live score of a draft (unanswered items left out). */
    public ScoreResult preview(Checklist checklist, Map<String, String> answers) {
        return checklists.preview(checklist, answers);
    }

    /** Keeps the answers so far with the task; the enterprise can come back to them. */
    public void saveDraft(Account account, String taskId, Map<String, String> answers, String comment) {
        Task task = openTasks.requireOwn(account, taskId);
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
        return evidence.add(openTasks.requireOwn(account, taskId), fileName, content, itemId);
    }

    /** Submits: every item answered; the listener computes the score and flags from the answers. One transaction. */
    @Transactional
    public void submit(Account account, String taskId, Map<String, String> answers, String comment) {
        Task task = openTasks.requireOwn(account, taskId);
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
