package cn.safetygrading.facts.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.UploadMarks;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.FactField;
import cn.safetygrading.facts.domain.InvalidFact;
import cn.safetygrading.facts.domain.RefusedFile;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.service.FactAttachments;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 登记 (a new entry) or 更正 (a new entry superseding {@code corrected}, its values filled in) for one
 * register; the fields follow the register. A refusal marks the field it names with the Chinese sentence.
 * Files (附件) are checked as they arrive (a refused one turns red with the reason) and kept with the entry
 * when it is saved; a correction carries its own files, the corrected entry keeps its.
 */
class FactDialog extends Dialog {

    private static final long REQUEST_OVERHEAD = 64 * 1024;

    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final Button save;
    final Upload upload;
    final List<UploadedFile> files = new ArrayList<>();
    final Div fileList = new Div();
    final Span fileError = new Span();

    FactDialog(
            FactAttachments facts,
            Account account,
            String uscc,
            Register register,
            FactEntry corrected,
            Runnable onSaved) {
        String name = getTranslation(register.key());
        setHeaderTitle(getTranslation(corrected == null ? "facts.dialog.record" : "facts.dialog.correct", name));
        setWidth("min(40rem, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (FactField field : register.fields()) {
            AbstractField<?, ?> input = input(field);
            if (corrected != null) {
                fill(input, corrected.values().get(field.name()));
            }
            fields.put(field.name(), input);
            form.add(input);
            if (input instanceof TextArea) {
                form.setColspan(input, 2);
            }
        }
        upload = upload();
        add(form, attachments());
        save = new Button(getTranslation("facts.action.save"), e -> {
            fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
            try {
                facts.recordWith(
                        account, uscc, register, corrected == null ? null : corrected.id(), body(), List.copyOf(files));
            } catch (RefusedFile refused) {
                showFileError(message(refused));
                Feedback.error(message(refused));
                return;
            } catch (InvalidFact invalid) {
                String message = getTranslation(invalid.key(), getTranslation("facts.field." + invalid.field()));
                AbstractField<?, ?> field = fields.get(invalid.field());
                if (field instanceof HasValidation v) {
                    v.setErrorMessage(message);
                    v.setInvalid(true);
                }
                Feedback.error(message);
                return;
            }
            Feedback.success(getTranslation("facts.saved"));
            close();
            onSaved.run();
        });
        save.setId("facts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("facts.action.cancel"), e -> close()), save);
    }

    private Upload upload() {
        long max = FileRules.DEFAULT_MAX_FILE_SIZE;
        // the server stops reading past the limit, whatever the browser was told
        InMemoryUploadHandler handler = new InMemoryUploadHandler(this::received) {
            @Override
            public long getFileSizeMax() {
                return max;
            }

            @Override
            public long getRequestSizeMax() {
                return max + REQUEST_OVERHEAD;
            }
        };
        Upload picker = new Upload(handler);
        picker.setId("facts-upload");
        picker.setAcceptedFileTypes(
                FileRules.acceptedTypes(FactAttachments.ACCEPT).toArray(String[]::new));
        picker.setMaxFileSize((int) max);
        picker.setMaxFiles(FileRules.DEFAULT_MAX_FILES);
        picker.setI18n(UploadTexts.of(this, FileRules.formatSize(max)));
        // the browser refused it (type, size, count): the reason with the file's name, never silence
        picker.addFileRejectedListener(e -> showFileError(
                e.getFileName() == null
                        ? e.getErrorMessage()
                        : getTranslation("form.file.refusedNamed", e.getFileName(), e.getErrorMessage())));
        picker.addAllFinishedListener(e -> UploadMarks.clearAccepted(picker));
        return picker;
    }

    private Div attachments() {
        Span label = new Span(getTranslation("facts.field.file"));
        label.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");
        Span hint = new Span(
                getTranslation("facts.attachments.hint", FileRules.formatSize(FileRules.DEFAULT_MAX_FILE_SIZE)));
        hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        fileError.setId("facts-upload-error");
        fileError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        fileError.setVisible(false);
        fileList.setId("facts-upload-files");
        Div box = new Div(label, upload, fileList, hint, fileError);
        box.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return box;
    }

    /** A file the server received: kept for the entry if the registers take it, else red with the reason. */
    void received(UploadMetadata metadata, byte[] bytes) {
        UploadedFile file = new UploadedFile(metadata.fileName(), metadata.contentType(), bytes);
        try {
            FactAttachments.check(file);
        } catch (RefusedFile refused) {
            String message = message(refused);
            UploadMarks.refuse(upload, metadata.fileName(), message);
            showFileError(message);
            return;
        }
        files.add(file);
        fileError.setVisible(false);
        renderFiles();
    }

    private void renderFiles() {
        fileList.removeAll();
        for (UploadedFile file : files) {
            Button remove = new Button(getTranslation("form.file.remove"), e -> {
                files.remove(file);
                renderFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Span name = new Span(file.fileName() + " (" + FileRules.formatSize(file.size()) + ")");
            Div row = new Div(name, remove);
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
            fileList.add(row);
        }
    }

    private void showFileError(String message) {
        fileError.setText(message);
        fileError.setVisible(true);
    }

    /** "附件：文件“setup.exe”是可执行文件、脚本或网页，不能上传". */
    String message(RefusedFile refused) {
        return getTranslation(
                "facts.error.file", getTranslation("facts.field.file"), getTranslation(refused.key(), refused.args()));
    }

    private AbstractField<?, ?> input(FactField field) {
        String label = getTranslation("facts.field." + field.name());
        AbstractField<?, ?> input = switch (field.type()) {
            case DATE -> new DatePicker(label);
            case INTEGER -> {
                IntegerField number = new IntegerField(label);
                if (field.min() != null) {
                    number.setMin(field.min());
                }
                if (field.max() != null) {
                    number.setMax(field.max());
                }
                yield number;
            }
            case AMOUNT -> new BigDecimalField(label);
            case BOOLEAN -> new Checkbox(label);
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.choices());
                select.setItemLabelGenerator(c -> c == null ? "" : getTranslation("facts.choice." + c));
                select.setEmptySelectionAllowed(!field.required());
                yield select;
            }
            case TEXT -> {
                if (field.maxLength() > 500) {
                    TextArea area = new TextArea(label);
                    area.setMaxLength(field.maxLength());
                    yield area;
                }
                TextField text = new TextField(label);
                text.setMaxLength(field.maxLength());
                yield text;
            }
        };
        input.setRequiredIndicatorVisible(field.required());
        input.setId("facts-field-" + field.name());
        return input;
    }

    @SuppressWarnings("unchecked")
    private static void fill(AbstractField<?, ?> input, Object value) {
        if (value == null) {
            return;
        }
        if (input instanceof IntegerField i && value instanceof Number n) {
            i.setValue(n.intValue());
        } else if (input instanceof BigDecimalField b && value instanceof Number n) {
            b.setValue(new BigDecimal(n.toString()));
        } else if (input instanceof DatePicker d && value instanceof LocalDate date) {
            d.setValue(date);
        } else {
            ((AbstractField<?, Object>) input).setValue(value);
        }
    }

    /** The JSON body the API takes, from the fields given. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object value = field.getValue();
            if (value instanceof LocalDate date) {
                value = date.toString();
            }
            if (value != null && !(value instanceof String s && s.isBlank())) {
                body.put(name, value);
            }
        });
        return body;
    }
}
