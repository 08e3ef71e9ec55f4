package cn.safetygrading.base.ui;

import com.vaadin.flow.component.upload.Upload;

/**
 * Vaadin's Upload ticks every file the server received with a green ✓, even one the server then refused.
 * These marks turn a refused file red with the reason beside it, and clear only the accepted ones.
 */
public final class UploadMarks {

    /* Sets the error on the file of that name; an upload still in flight then ends as an error too. */
    private static final String REFUSE = """
            const f = (this.files || []).find(x => x.name === $0 && !x.error);
            if (f) { f.error = $1; f.complete = false; f.status = ''; this.files = [...this.files]; }
            """;

    private UploadMarks() {}

    /** Shows the file as refused, in red, with the reason (the file itself was not kept). */
    public static void refuse(Upload upload, String fileName, String reason) {
        upload.getElement().executeJs(REFUSE, fileName == null ? "" : fileName, reason == null ? "" : reason);
    }

    /** Removes the accepted files from the list (the form lists them itself) and keeps the refused ones in red. */
    public static void clearAccepted(Upload upload) {
        upload.getElement().executeJs("this.files = (this.files || []).filter(f => f.error);");
    }
}
