package cn.safetygrading.grading.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.domain.Checklist;
import cn.safetygrading.grading.domain.GradingRound;
import cn.safetygrading.grading.domain.ScoreResult;
import cn.safetygrading.grading.domain.SelfAssessmentTask;
import cn.safetygrading.grading.persistence.GradingCaseMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    public static final Set<String> EVIDENCE_TYPES = Set.of("pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png");

    private final TaskService tasks;
    private final ChecklistService checklists;
    private final GradingCaseMapper cases;
    private final ObjectMapper json;
    private final Clock clock;
    private final long maxEvidenceBytes;

    public SelfAssessmentService(TaskService tasks, ChecklistService checklists, GradingCaseMapper cases,
                                 ObjectMapper json, Clock clock,
                                 @Value("${app.grading.max-evidence-bytes:20971520}") long maxEvidenceBytes) {
        this.tasks = tasks;
        this.checklists = checklists;
        this.cases = cases;
        this.json = json;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    /** The open self-assessment of the account's enterprise, if there is one. */
    public Optional<SelfAssessmentTask> open(Account account) {
        return openTask(account).map(task -> {
            // the case's checklist (the one the submission is scored against), not the display variable
            String checklistId = cases.byProcessInstance(task.getProcessInstanceId()).map(c -> c.checklistId())
                    .orElseGet(() -> (String) tasks.getVariable(task.getId(), "checklistId"));
            Checklist checklist = checklists.find(checklistId)
                    .orElseThrow(() -> new IllegalStateException("the case's checklist is not shipped: " + checklistId));
            Map<String, String> draft = readDraft(tasks.getVariableLocal(task.getId(), DRAFT));
            String returnReason = cases.byProcessInstance(task.getProcessInstanceId())
                    .map(c -> cases.rounds(c.id()).stream()
                            .filter(r -> "PRELIMINARY_REVIEW".equals(r.kind()) && "RETURN".equals(r.outcome()))
                            .max(Comparator.comparing(GradingRound::id)).map(GradingRound::comment).orElse(null))
                    .orElse(null);
            List<SelfAssessmentTask.Evidence> evidence = tasks.getTaskAttachments(task.getId()).stream()
                    .map(a -> new SelfAssessmentTask.Evidence(a.getId(), a.getName(), a.getType())).toList();
            return new SelfAssessmentTask(task.getId(), checklist, draft, (String) tasks.getVariableLocal(task.getId(), "draftComment"),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(clock.getZone()).toOffsetDateTime(),
                    returnReason, evidence);
        });
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
        Task task = requireOwn(account, taskId);
        String extension = fileName == null || !fileName.contains(".") ? ""
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
        var attachment = tasks.createAttachment(extension, task.getId(), task.getProcessInstanceId(), fileName,
                "evidence", new ByteArrayInputStream(content));
        return new SelfAssessmentTask.Evidence(attachment.getId(), attachment.getName(), attachment.getType());
    }

    /** Submits: every item answered; the listener computes the score and flags from the answers. One transaction. */
    @Transactional
    public void submit(Account account, String taskId, Map<String, String> answers, String comment) {
        Task task = requireOwn(account, taskId);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("checklistAnswers", write(answers));
        vars.put("comment", comment);
        tasks.setAssignee(task.getId(), account.userId());
        tasks.complete(task.getId(), vars);
    }

    private Optional<Task> openTask(Account account) {
        if (!account.has(Role.ENTERPRISE) || account.uscc() == null) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().active().taskDefinitionKey("selfAssessment")
                .processInstanceBusinessKey(account.uscc()).listPage(0, 1).stream().findFirst();
    }

    private Task requireOwn(Account account, String taskId) {
        return openTask(account).filter(t -> t.getId().equals(taskId))
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
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> readDraft(Object raw) {
        if (raw == null) {
            return Map.of();
        }
        try {
            return json.readValue(String.valueOf(raw), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
