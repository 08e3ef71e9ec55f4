package cn.safetygrading.portal.ui;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.Hazard;
import cn.safetygrading.supervision.domain.HazardStatus;
import cn.safetygrading.supervision.domain.NewHazard;
import cn.safetygrading.supervision.service.HazardService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 隐患排查: the enterprise reports the hazards it finds (with plan, deadline and photos), submits
 * each rectification, and follows how the county verified it.
 */
class HazardsPanel extends VerticalLayout {

    private final HazardService hazards;
    private final Account account;
    private final Clock clock;
    final Grid<Hazard> grid = new Grid<>(Hazard.class, false);
    final Button report = new Button();
    Dialog dialog;

    // the report form, kept as fields for tests
    final RadioButtonGroup<String> level = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final TextField location = new TextField();
    final DatePicker foundOn = new DatePicker();
    final TextArea plan = new TextArea();
    final DatePicker deadline = new DatePicker();
    final TextArea rectification = new TextArea();
    final List<UploadedFile> photos = new ArrayList<>();

    HazardsPanel(HazardService hazards, Account account, Clock clock) {
        this.hazards = hazards;
        this.account = account;
        this.clock = clock;
        setPadding(false);
        report.setText(getTranslation("hazard.report"));
        report.setId("report-hazard");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.addClickListener(e -> openReport());

        grid.setId("portal-hazards");
        grid.addColumn(h -> Formats.date(h.reportedAt()))
                .setHeader(getTranslation("portal.date"))
                .setAutoWidth(true);
        grid.addColumn(h -> getTranslation("hazard.level." + h.level()))
                .setHeader(getTranslation("hazard.levelLabel"))
                .setAutoWidth(true);
        grid.addColumn(Hazard::title).setHeader(getTranslation("hazard.title")).setFlexGrow(1);
        grid.addColumn(h -> Formats.date(h.deadline().minusDays(1)))
                .setHeader(getTranslation("hazard.deadlineLabel"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("hazard.statusLabel"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.verification() == null ? "" : h.verification())
                .setHeader(getTranslation("hazard.verification"))
                .setFlexGrow(1);
        grid.addComponentColumn(h -> {
                    Button rectify = new Button(getTranslation("hazard.rectify"), e -> openRectify(h));
                    rectify.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    rectify.setVisible(HazardStatus.RECTIFYING.is(h.status()));
                    return rectify;
                })
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("hazard.none"));
        add(new Paragraph(getTranslation("hazard.intro")), report, grid);
        refresh();
    }

    private Span status(Hazard h) {
        String text = getTranslation("hazard.status." + h.status())
                + (h.overdue() && !h.closed() ? " · " + getTranslation("hazard.overdue") : "")
                + (h.listed() ? " · " + getTranslation("hazard.listed") : "");
        Span status = new Span(text);
        status.getElement().getThemeList().add(h.closed() ? "badge success" : h.overdue() ? "badge error" : "badge");
        return status;
    }

    void openReport() {
        photos.clear();
        level.setLabel(getTranslation("hazard.levelLabel"));
        level.setItems(Hazard.GENERAL, Hazard.MAJOR);
        level.setItemLabelGenerator(l -> getTranslation("hazard.level." + l));
        level.setValue(Hazard.GENERAL);
        title.setLabel(getTranslation("hazard.title"));
        title.setMaxLength(HazardService.MAX_TITLE);
        title.setRequired(true);
        description.setLabel(getTranslation("hazard.description"));
        description.setMaxLength(HazardService.MAX_TEXT);
        description.setRequired(true);
        location.setLabel(getTranslation("hazard.location"));
        location.setMaxLength(HazardService.MAX_TITLE);
        LocalDate today = LocalDate.now(clock);
        foundOn.setLabel(getTranslation("hazard.foundOnLabel"));
        foundOn.setMax(today);
        foundOn.setValue(today);
        plan.setLabel(getTranslation("hazard.plan"));
        plan.setMaxLength(HazardService.MAX_TEXT);
        plan.setRequired(true);
        deadline.setLabel(getTranslation("hazard.deadlineLabel"));
        deadline.setMin(today);
        deadline.setMax(today.plusYears(1));
        deadline.setValue(today.plusDays(15));
        FormLayout form = new FormLayout(level, title, location, foundOn, deadline, description, plan, photoUpload());
        form.setColspan(description, 2);
        form.setColspan(plan, 2);
        dialog = new Dialog(form);
        dialog.setHeaderTitle(getTranslation("hazard.report"));
        dialog.setWidth("min(48rem, 95vw)");
        Button ok = new Button(getTranslation("hazard.report"), e -> submitReport());
        ok.setId("confirm-report-hazard");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    void submitReport() {
        attempt(
                () -> {
                    hazards.report(
                            account,
                            new NewHazard(
                                    level.getValue(),
                                    title.getValue(),
                                    description.getValue(),
                                    location.getValue(),
                                    foundOn.getValue(),
                                    plan.getValue(),
                                    deadline.getValue()),
                            List.copyOf(photos));
                    dialog.close();
                    title.clear();
                    description.clear();
                    location.clear();
                    plan.clear();
                },
                "hazard.reported");
    }

    void openRectify(Hazard hazard) {
        photos.clear();
        rectification.setLabel(getTranslation("hazard.rectification"));
        rectification.setMaxLength(HazardService.MAX_TEXT);
        rectification.setWidthFull();
        rectification.setRequired(true);
        rectification.clear();
        dialog = new Dialog(
                new VerticalLayout(new Paragraph(hazard.title() + "：" + hazard.plan()), rectification, photoUpload()));
        dialog.setHeaderTitle(getTranslation("hazard.rectify"));
        dialog.setWidth("min(40rem, 95vw)");
        Button ok = new Button(getTranslation("hazard.rectify"), e -> submitRectification(hazard));
        ok.setId("confirm-rectify-hazard");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("notice.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    void submitRectification(Hazard hazard) {
        attempt(
                () -> {
                    hazards.rectify(account, hazard.id(), rectification.getValue(), List.copyOf(photos));
                    dialog.close();
                },
                "hazard.rectified");
    }

    /**
     * As {@link Feedback#attempt}, saying a refusal with its field's name translated (the hazard's
     * refusals name the field by its key): done, confirmed with {@code doneKey}'s text, the list refreshed.
     */
    private void attempt(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (Refused refused) {
            String detail = refused.getMessage();
            String shown = detail != null && detail.startsWith("hazard.") ? getTranslation(detail) : detail;
            Feedback.error(getTranslation(refused.messageKey(), shown));
            return;
        }
        Feedback.success(getTranslation(doneKey));
        refresh();
    }

    private Upload photoUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            UploadedFile file = new UploadedFile(meta.fileName(), meta.contentType(), bytes);
            var problem = FileRules.DEFAULT.check("photo", file, "image/*,.pdf");
            if (problem.isPresent()) {
                Feedback.error(getTranslation(
                        problem.get().messageKey(), problem.get().args().toArray()));
            } else {
                photos.add(file);
            }
        })));
        upload.setAcceptedFileTypes("image/*", ".pdf");
        upload.setMaxFiles(HazardService.MAX_PHOTOS);
        upload.setMaxFileSize((int) FileRules.DEFAULT_MAX_FILE_SIZE);
        upload.setI18n(UploadTexts.of(this, FileRules.formatSize(FileRules.DEFAULT_MAX_FILE_SIZE)));
        upload.setDropLabel(new Span(getTranslation("hazard.photos")));
        return upload;
    }

    void refresh() {
        grid.setItems(hazards.forEnterprise(account, account.uscc()));
    }
}
