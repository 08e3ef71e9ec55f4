package cn.safetygrading.forms.ui;

import static cn.safetygrading.forms.ui.ObjectPaths.concat;
import static cn.safetygrading.forms.ui.ObjectPaths.place;

import cn.safetygrading.base.ui.UploadMarks;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormMessages;
import cn.safetygrading.forms.model.FormValues;
import cn.safetygrading.forms.model.UploadedFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A filepicker: an {@link Upload} checked by the form's {@link FileRules} on the server, the list of received files
 * with remove buttons, and the reason of the last refusal under the field.
 */
final class FileNode extends Node {

    /** Room for the multipart envelope around one file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    final Upload upload;
    final List<UploadedFile> files = new ArrayList<>();
    private final VerticalLayout box = new VerticalLayout();
    private final Div list = new Div();
    private final Span error = new Span();
    private String rejection;
    private boolean touched;

    FileNode(FormContext ctx, FormComponent def, List<String> prefix, boolean inList) {
        super(ctx, def, concat(prefix, def.keyPath()), inList);
        FileRules rules = ctx.options().files();
        // the server stops reading past the limit, whatever the browser was told
        InMemoryUploadHandler handler = new InMemoryUploadHandler(this::received) {
            @Override
            public long getFileSizeMax() {
                return rules.maxFileSize();
            }

            @Override
            public long getRequestSizeMax() {
                return rules.maxFileSize() + REQUEST_OVERHEAD;
            }
        };
        upload = new Upload(handler);
        identify(upload);
        List<String> accepted = FileRules.acceptedTypes(def.accept());
        if (!accepted.isEmpty()) {
            upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
        }
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, rules.maxFileSize()));
        upload.setMaxFiles(def.multiple() ? rules.maxFiles() : 1);
        upload.setI18n(UploadTexts.of(ctx.view(), FileRules.formatSize(rules.maxFileSize())));
        upload.setEnabled(def.editable());
        // the browser refused it (type, size, count): the reason with the file's name, never silence
        upload.addFileRejectedListener(e -> reject(
                e.getFileName() == null
                        ? e.getErrorMessage()
                        : ctx.translate("form.file.refusedNamed", e.getFileName(), e.getErrorMessage())));
        upload.addAllFinishedListener(e -> UploadMarks.clearAccepted(upload));
        layOut();
    }

    private void layOut() {
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("camunda-form-files");
        Span label = new Span(def.label() == null ? "" : def.label() + (def.required() && def.editable() ? " *" : ""));
        label.addClassName("camunda-form-label");
        label.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        box.add(label, upload, list);
        if (def.description() != null) {
            Span helper = new Span(def.description());
            helper.getStyle()
                    .set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)");
            box.add(helper);
        }
        error.addClassName("camunda-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        box.add(error);
    }

    private void received(UploadMetadata metadata, byte[] bytes) {
        UploadedFile file = new UploadedFile(metadata.fileName(), metadata.contentType(), bytes);
        Optional<FieldError> problem = ctx.options().files().check(FormValues.keyString(path), file, def.accept());
        int most = def.multiple() ? ctx.options().files().maxFiles() : 1;
        if (problem.isPresent()) {
            refuse(metadata.fileName(), ctx.message(problem.get()));
            return;
        }
        if (def.multiple() && files.size() >= most) {
            refuse(
                    metadata.fileName(),
                    ctx.message(new FieldError(
                            FormValues.keyString(path), FormMessages.FILE_TOO_MANY, String.valueOf(most))));
            return;
        }
        if (!def.multiple()) {
            files.clear();
        }
        files.add(file);
        rejection = null;
        touched = true;
        renderList();
        ctx.refresh();
    }

    /** The server refused a file it received: red in the list with the reason, and the reason under the field. */
    private void refuse(String fileName, String message) {
        UploadMarks.refuse(upload, fileName, message);
        reject(message);
    }

    private void reject(String message) {
        rejection = message;
        touched = true;
        ctx.refresh();
    }

    private void renderList() {
        list.removeAll();
        for (UploadedFile f : files) {
            Button remove = new Button(ctx.translate("form.file.remove"), e -> {
                files.remove(f);
                rejection = null;
                renderList();
                ctx.refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setEnabled(def.editable());
            Div row = new Div(new Span(f.fileName() + " (" + FileRules.formatSize(f.size()) + ")"), remove);
            row.addClassName("camunda-form-file");
            list.add(row);
        }
    }

    @Override
    Component component() {
        return box;
    }

    @Override
    void collect(Map<String, Object> into, Map<String, ?> original, boolean withFiles) {
        if (withFiles && !hidden && def.editable()) {
            place(into, original, path, List.copyOf(files), false);
        }
    }

    @Override
    void showErrors(Map<String, FieldError> errors, String keyPrefix) {
        FieldError e = errors.get(key(keyPrefix));
        error.setText(rejection != null ? rejection : showing(e, touched) ? ctx.message(e) : "");
    }
}
