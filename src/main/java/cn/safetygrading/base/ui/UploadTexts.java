package cn.safetygrading.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** Every text of Vaadin's Upload in the user's language (the component's own are English only). */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component c, String maxSize) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(c.getTranslation("form.upload.drop.one"))
                .setMany(c.getTranslation("form.upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(c.getTranslation("form.upload.add.one"))
                .setMany(c.getTranslation("form.upload.add.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(c.getTranslation("form.upload.error.tooMany"))
                .setFileIsTooBig(c.getTranslation("form.upload.error.tooBig", maxSize))
                .setIncorrectFileType(c.getTranslation("form.upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("form.upload.status.connecting"))
                        .setStalled(c.getTranslation("form.upload.status.stalled"))
                        .setProcessing(c.getTranslation("form.upload.status.processing"))
                        .setHeld(c.getTranslation("form.upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("form.upload.remaining.prefix"))
                        .setUnknown(c.getTranslation("form.upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("form.upload.failed.unavailable"))
                        .setUnexpectedServerError(c.getTranslation("form.upload.failed.unexpected"))
                        .setForbidden(c.getTranslation("form.upload.failed.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(c.getTranslation("form.upload.file.retry"))
                .setStart(c.getTranslation("form.upload.file.start"))
                .setRemove(c.getTranslation("form.upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
