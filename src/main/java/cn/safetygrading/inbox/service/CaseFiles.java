package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.engine.CaseComments;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.security.domain.Account;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** A task's case file: the comments and the attachments of its process, for an account that may work the task. */
@Service
public class CaseFiles {

    private final TaskService tasks;
    private final CaseComments comments;
    private final TaskAccess access;
    private final Translations texts;

    CaseFiles(Translations texts, TaskService tasks, CaseComments comments, TaskAccess access) {
        this.texts = texts;
        this.tasks = tasks;
        this.comments = comments;
        this.access = access;
    }

    /** Adds a comment to the task, in the name of the account (kept with the process, shown in Tasklist too). */
    public void comment(Account account, String taskId, String text) {
        Task task = access.require(account, taskId);
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
        Task task = access.require(account, taskId);
        return tasks.getProcessInstanceComments(task.getProcessInstanceId()).stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(c -> new TaskComment(
                        c.getUserId() == null ? "" : access.displayName(c.getUserId()),
                        access.toOffset(c.getTime()),
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
        Task task = access.require(account, taskId);
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
                texts.zh("inbox.text.uploadedBy", access.displayName(account.userId())),
                new java.io.ByteArrayInputStream(content));
    }

    /** The files of the task's case (its forms' uploads and attachments), newest first. */
    public List<TaskAttachment> attachments(Account account, String taskId) {
        Task task = access.require(account, taskId);
        return tasks.getProcessInstanceAttachments(task.getProcessInstanceId()).stream()
                .sorted(Comparator.comparing(Attachment::getCreateTime).reversed())
                .map(a -> new TaskAttachment(
                        a.getId(), a.getName(), a.getDescription(), access.toOffset(a.getCreateTime())))
                .toList();
    }

    /** One file of a case. */
    public record TaskAttachment(String id, String name, String description, OffsetDateTime created) {}

    /** The bytes of one file of the task's case; a file of another case is not found. */
    public byte[] attachmentContent(Account account, String taskId, String attachmentId) {
        Task task = access.require(account, taskId);
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
}
