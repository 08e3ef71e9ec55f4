package cn.safetygrading.grading.service;

import static cn.safetygrading.grading.service.SelfAssessmentService.EVIDENCE;
import static cn.safetygrading.grading.service.SelfAssessmentService.EVIDENCE_TYPES;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.domain.SelfAssessmentTask;
import cn.safetygrading.grading.persistence.EvidenceItemMapper;
import cn.safetygrading.grading.service.SelfAssessmentService.EvidenceFile;
import cn.safetygrading.security.domain.Account;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The evidence files of a self-assessment: Camunda attachments of the case described {@link
 * SelfAssessmentService#EVIDENCE}, each optionally for one checklist item (V36). Listing, content, adding (type,
 * size and magic-byte checks) and removing. The task passed in is the enterprise's own open self-assessment,
 * checked by {@link SelfAssessmentService} before it calls; files of other cases are refused here as well.
 */
@Component
class SelfAssessmentEvidence {

    private final TaskService tasks;
    private final ChecklistService checklists;
    private final GradingQueries gradings;
    private final SelfAssessmentTasks openTasks;
    /** The items evidence files were attached to (V36). */
    private final EvidenceItemMapper evidenceItems;

    private final long maxBytes;

    SelfAssessmentEvidence(
            TaskService tasks,
            ChecklistService checklists,
            GradingQueries gradings,
            SelfAssessmentTasks openTasks,
            EvidenceItemMapper evidenceItems,
            @Value("${app.grading.max-evidence-bytes:20971520}") long maxBytes) {
        this.tasks = tasks;
        this.checklists = checklists;
        this.gradings = gradings;
        this.openTasks = openTasks;
        this.evidenceItems = evidenceItems;
        this.maxBytes = maxBytes;
    }

    /** The case's evidence, oldest first, each with the checklist item it was attached to (V36), if any. */
    List<SelfAssessmentTask.Evidence> of(String processInstanceId) {
        Map<String, String> items = new HashMap<>();
        evidenceItems.of(processInstanceId).forEach(l -> items.put(l.attachmentId(), l.itemId()));
        return tasks.getProcessInstanceAttachments(processInstanceId).stream()
                .filter(a -> EVIDENCE.equals(a.getDescription()))
                .sorted(Comparator.comparing(a -> a.getCreateTime()))
                .map(a -> new SelfAssessmentTask.Evidence(a.getId(), a.getName(), a.getType(), items.get(a.getId())))
                .toList();
    }

    /** The content of one evidence file of the task's case. */
    byte[] content(Task task, String attachmentId) {
        requireEvidence(task, attachmentId);
        try (var in = tasks.getAttachmentContent(attachmentId)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an evidence file of the task's case (the deletion is in Camunda's operation log). */
    void delete(Task task, String attachmentId) {
        requireEvidence(task, attachmentId);
        evidenceItems.delete(attachmentId);
        tasks.deleteAttachment(attachmentId);
    }

    /**
     * Stores an evidence file with the task after checking its item (null: the whole case), type, size and content.
     */
    SelfAssessmentTask.Evidence add(Task task, String fileName, byte[] content, String itemId) {
        if (itemId != null && !itemOfCase(task, itemId)) {
            throw new Refused("selfAssessment.evidenceItem", itemId);
        }
        String extension = extension(fileName);
        if (!EVIDENCE_TYPES.contains(extension)) {
            throw new Refused("selfAssessment.evidenceType", fileName);
        }
        if (content.length == 0 || content.length > maxBytes) {
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

    /** One evidence file of a case the account may see (the case's enterprise, or an official with it in scope). */
    Optional<EvidenceFile> file(Account account, String attachmentId) {
        var attachment = attachmentId == null ? null : tasks.getAttachment(attachmentId);
        if (attachment == null
                || attachment.getProcessInstanceId() == null
                || !EVIDENCE.equals(attachment.getDescription())
                || gradings.caseOf(account, attachment.getProcessInstanceId()).isEmpty()) {
            return Optional.empty();
        }
        try (var in = tasks.getAttachmentContent(attachmentId)) {
            String name = attachment.getName() == null ? "" : attachment.getName();
            return Optional.of(new EvidenceFile(name, extension(name), in == null ? new byte[0] : in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireEvidence(Task task, String attachmentId) {
        var attachment = tasks.getAttachment(attachmentId);
        if (attachment == null
                || !task.getProcessInstanceId().equals(attachment.getProcessInstanceId())
                || !EVIDENCE.equals(attachment.getDescription())) {
            throw new AccessDeniedException("not evidence of your enterprise's open self-assessment");
        }
    }

    private boolean itemOfCase(Task task, String itemId) {
        return checklists
                .find(openTasks.checklistId(task))
                .map(c -> c.items().stream().anyMatch(i -> i.id().equals(itemId)))
                .orElse(false);
    }

    /** The lower-case extension of a file name, empty without one. */
    private static String extension(String fileName) {
        return fileName == null || !fileName.contains(".")
                ? ""
                : fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
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
}
