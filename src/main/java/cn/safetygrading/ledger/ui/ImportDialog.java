package cn.safetygrading.ledger.ui;

import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Rejection;
import cn.safetygrading.ledger.service.ImportRefusedException;
import cn.safetygrading.ledger.service.LedgerImportRunner;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * Uploads a ledger file and imports it in the background: the upload lands in a temporary file, the
 * import runs on the import thread while this dialog polls its progress, and the result (counts and the
 * rejected rows) shows when it ends.
 */
class ImportDialog extends Dialog {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    private static final int POLL_MS = 500;

    final ComboBox<Region> region = new ComboBox<>();
    final Upload upload;
    final ProgressBar bar = new ProgressBar();
    final Span status = new Span();
    final Grid<Rejection> rejected = new Grid<>(Rejection.class, false);
    private final H4 rejectedTitle = new H4();
    private final LedgerImportRunner runner;
    private final Account account;
    private final Runnable onImported;
    private ImportProgress progress;
    private String fileName;
    private Registration polling;
    CompletableFuture<ImportResult> running;

    ImportDialog(LedgerImportRunner runner, List<Region> regions, Account account, Runnable onImported) {
        this.runner = runner;
        this.account = account;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("ledger.ui.import.title"));
        setWidth("56rem");

        RegionLabels labels = new RegionLabels(regions);
        region.setLabel(getTranslation("ledger.ui.import.region"));
        region.setItems(
                regions.stream().filter(r -> !AdminLevel.VILLAGE.is(r.level())).toList());
        region.setItemLabelGenerator(labels::label);
        region.setWidth("24rem");
        regions.stream()
                .filter(r -> r.code().equals(account.regionCode()))
                .findFirst()
                .or(() -> regions.stream().findFirst())
                .ifPresent(region::setValue);
        region.setRequired(true);

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> start(file.toPath(), metadata.fileName())));
        upload.setId("ledger-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("ledger.ui.upload.drop"))
                .setMany(getTranslation("ledger.ui.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("ledger.ui.upload.add"))
                .setMany(getTranslation("ledger.ui.upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("ledger.ui.upload.tooBig"))
                .setIncorrectFileType(getTranslation("ledger.ui.upload.wrongType"))
                .setTooManyFiles(getTranslation("ledger.ui.upload.tooBig")));
        upload.setI18n(i18n);

        bar.setVisible(false);
        status.setId("ledger-import-status");
        rejected.setId("ledger-import-rejected");
        rejected.addColumn(Rejection::row)
                .setHeader(getTranslation("ledger.ui.reject.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rejected.addColumn(Rejection::field)
                .setHeader(getTranslation("ledger.ui.reject.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        rejected.addColumn(Rejection::message)
                .setHeader(getTranslation("ledger.ui.reject.message"))
                .setFlexGrow(1);
        rejected.setHeight("18rem");
        rejected.setVisible(false);
        rejectedTitle.setText(getTranslation("ledger.ui.import.rejected"));
        rejectedTitle.setVisible(false);

        VerticalLayout body = new VerticalLayout(
                new Paragraph(getTranslation("ledger.ui.import.hint")),
                region,
                upload,
                bar,
                status,
                rejectedTitle,
                rejected);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("ledger.ui.close"), e -> close()));
        addDetachListener(e -> stopPolling());
    }

    /** Called with the uploaded file (inside UI.access); hands it to the import thread. */
    void start(Path file, String name) {
        UI ui = UI.getCurrent();
        fileName = name;
        progress = new ImportProgress();
        rejected.setVisible(false);
        rejectedTitle.setVisible(false);
        CompletableFuture<ImportResult> submitted;
        try {
            submitted = runner.submit(
                    account,
                    file,
                    name,
                    region.getValue() == null ? null : region.getValue().code(),
                    progress);
        } catch (ImportRefusedException | RejectedExecutionException busy) {
            status.setText(getTranslation("ledger.ui.import.busy"));
            upload.clearFileList();
            return;
        }
        bar.setVisible(true);
        bar.setValue(0);
        region.setEnabled(false);
        showProgress();
        polling = ui.addPollListener(e -> showProgress());
        ui.setPollInterval(POLL_MS);
        // completes once the result has been handed to the UI
        running = submitted.whenComplete((result, error) -> ui.access(() -> finished(result, error)));
    }

    private void showProgress() {
        if (progress != null) {
            bar.setValue(progress.fraction());
            status.setText(getTranslation("ledger.ui.import.running", fileName, progress.rows()));
        }
    }

    private void finished(ImportResult result, Throwable error) {
        stopPolling();
        region.setEnabled(true);
        upload.clearFileList();
        bar.setVisible(false);
        if (error != null) {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            status.setText(
                    cause instanceof ImportRefusedException refused
                            ? getTranslation("ledger.ui.import.refused", refused.getMessage())
                            : getTranslation("ledger.ui.import.failedUnexpectedly"));
            return;
        }
        status.setText(getTranslation(
                "ledger.ui.import.done",
                result.imported(),
                result.updated(),
                result.unchanged(),
                result.rejectedCount()));
        if (!result.rejected().isEmpty()) {
            rejected.setItems(result.rejected());
            rejected.setVisible(true);
            rejectedTitle.setText(
                    result.rejectedTruncated()
                            ? getTranslation(
                                    "ledger.ui.import.rejectedFirst",
                                    result.rejected().size(),
                                    result.rejectedCount())
                            : getTranslation("ledger.ui.import.rejected"));
            rejectedTitle.setVisible(true);
        }
        onImported.run();
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
