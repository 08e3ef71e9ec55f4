package cn.safetygrading.inbox.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.SummaryTable;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.inbox.service.CaseFiles;
import cn.safetygrading.inbox.service.CaseFiles.TaskAttachment;
import cn.safetygrading.inbox.service.CaseFiles.TaskComment;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The discussion of a case beside its task: comments of every task of the process (who, when,
 * what) and its files, which anyone working the case may add to. Files follow the forms' rules
 * and are always downloaded as attachments, never opened in the browser.
 */
class CaseNotes extends VerticalLayout {

    private final CaseFiles inbox;
    private final Account account;
    private final String taskId;
    final SummaryTable<TaskComment> comments = new SummaryTable<>();
    final TextArea text = new TextArea();
    final Button addComment = new Button();
    final Grid<TaskAttachment> files = new Grid<>(TaskAttachment.class, false);
    final Upload upload;

    CaseNotes(CaseFiles inbox, Account account, String taskId) {
        this.inbox = inbox;
        this.account = account;
        this.taskId = taskId;
        setPadding(false);
        setWidthFull();

        comments.setId("task-comments");
        comments.addShortColumn(getTranslation("file.time"), c -> Formats.dateTime(c.time()));
        comments.addShortColumn(getTranslation("file.actor"), TaskComment::author);
        comments.addColumn(getTranslation("taskPage.comment"), TaskComment::text);
        comments.setEmptyText(getTranslation("taskPage.noComments"));
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(CaseFiles.MAX_COMMENT);
        text.setPlaceholder(getTranslation("taskPage.commentPlaceholder"));
        addComment.setText(getTranslation("taskPage.addComment"));
        addComment.setId("add-comment");
        addComment.addClickListener(e -> comment());
        // the whole statement shows: the table takes the pane's width and long texts wrap, even without spaces
        comments.getStyle().set("overflow-wrap", "anywhere");
        VerticalLayout discussionBody = new VerticalLayout(comments, text, addComment);
        discussionBody.setPadding(false);
        discussionBody.setWidthFull();
        Details discussion = new Details(getTranslation("taskPage.comments"), discussionBody);
        discussion.setOpened(true);
        discussion.setWidthFull();

        files.setId("task-attachments");
        files.addComponentColumn(this::download)
                .setHeader(getTranslation("taskPage.fileName"))
                .setFlexGrow(1);
        files.addColumn(TaskAttachment::description)
                .setHeader(getTranslation("taskPage.fileNote"))
                .setAutoWidth(true);
        files.addColumn(a -> Formats.dateTime(a.created()))
                .setHeader(getTranslation("file.time"))
                .setAutoWidth(true);
        files.setAllRowsVisible(true);
        UI ui = UI.getCurrent();
        upload = new Upload(UploadHandler.inMemory(
                (meta, bytes) -> ui.access(() -> attach(meta.fileName(), meta.contentType(), bytes))));
        upload.setId("attachment-upload");
        upload.setMaxFileSize((int) FileRules.DEFAULT_MAX_FILE_SIZE);
        upload.setI18n(UploadTexts.of(this, FileRules.formatSize(FileRules.DEFAULT_MAX_FILE_SIZE)));
        upload.addFileRejectedListener(e -> Feedback.error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        VerticalLayout attachmentsBody = new VerticalLayout(files, upload);
        attachmentsBody.setPadding(false);
        attachmentsBody.setWidthFull();
        // closed at first: the grid and the upload reach the browser when the section is opened
        Details attachments = new LazyDetails(getTranslation("taskPage.attachments"), () -> attachmentsBody);
        add(discussion, attachments);
        refresh();
    }

    void comment() {
        Feedback.attempt(() -> inbox.comment(account, taskId, text.getValue()), null, () -> {
            text.clear();
            refresh();
        });
    }

    void attach(String fileName, String mimeType, byte[] bytes) {
        var problem = FileRules.DEFAULT.check("attachment", new UploadedFile(fileName, mimeType, bytes), null);
        if (problem.isPresent()) {
            Feedback.error(getTranslation(
                    problem.get().messageKey(), problem.get().args().toArray()));
            return;
        }
        Feedback.attempt(
                () -> inbox.addAttachment(account, taskId, fileName, mimeType, bytes),
                getTranslation("taskPage.fileAdded", fileName),
                this::refresh);
    }

    private Anchor download(TaskAttachment attachment) {
        // served as a download with a neutral type, so the browser never runs or renders it
        DownloadHandler handler = event -> {
            byte[] bytes = inbox.attachmentContent(account, taskId, attachment.id());
            event.setFileName(attachment.name());
            event.setContentType("application/octet-stream");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getOutputStream().write(bytes);
        };
        return new Anchor(handler, attachment.name());
    }

    void refresh() {
        comments.setItems(inbox.comments(account, taskId));
        files.setItems(inbox.attachments(account, taskId));
    }
}
