package cn.safetygrading.consequence.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.base.ui.Formats;
import cn.safetygrading.consequence.domain.InvalidMeasure;
import cn.safetygrading.consequence.domain.Measure;
import cn.safetygrading.consequence.domain.MeasureKind;
import cn.safetygrading.consequence.domain.NewMeasure;
import cn.safetygrading.consequence.service.MeasureService;
import cn.safetygrading.document.ui.DocumentButtons;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The list of one enterprise's measures and the dialog that records one. */
public class MeasuresPanel extends VerticalLayout {

    final Grid<Measure> grid = new Grid<>();
    final Button register;
    Dialog dialog;
    ComboBox<MeasureKind> kind;
    DatePicker decidedOn;
    TextField documentNo;
    TextField issuingDepartment;
    TextArea reason;
    Button save;

    private final MeasureService measures;
    private final ScopeService scopes;
    private final Clock clock;
    private final Account account;
    private final Enterprise enterprise;

    public MeasuresPanel(
            MeasureService measures,
            ScopeService scopes,
            Clock clock,
            Account account,
            Enterprise enterprise,
            DocumentButtons documents) {
        this.measures = measures;
        this.scopes = scopes;
        this.clock = clock;
        this.account = account;
        this.enterprise = enterprise;
        setId("measures");
        setSizeFull();
        register = new Button(getTranslation("measure.register"), VaadinIcon.PLUS.create(), e -> openDialog());
        register.setId("measure-register");
        grid.setId("measure-grid");
        grid.addColumn(m -> getTranslation("measure.kind." + m.kind().name()))
                .setHeader(getTranslation("measure.kind"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.decidedOn()))
                .setHeader(getTranslation("measure.decidedOn"))
                .setAutoWidth(true);
        grid.addColumn(Measure::documentNo)
                .setHeader(getTranslation("measure.documentNo"))
                .setAutoWidth(true);
        grid.addColumn(Measure::issuingDepartment)
                .setHeader(getTranslation("measure.issuingDepartment"))
                .setAutoWidth(true);
        grid.addColumn(Measure::reason)
                .setHeader(getTranslation("measure.reason"))
                .setFlexGrow(2);
        grid.addColumn(Measure::recordedBy)
                .setHeader(getTranslation("measure.recordedBy"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTime(m.recordedAt()))
                .setHeader(getTranslation("measure.recordedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> documents.circular(account, m.id(), m.kind() == MeasureKind.CIRCULAR))
                .setKey("document")
                .setAutoWidth(true); // the printed 通报
        grid.setEmptyStateText(getTranslation("measure.empty"));
        add(register, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(measures.list(account, enterprise.uscc()).orElse(List.of()));
    }

    void openDialog() {
        dialog = new Dialog(getTranslation("measure.dialog"));
        kind = new ComboBox<>(getTranslation("measure.kind"), Arrays.asList(MeasureKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation("measure.kind." + k.name()));
        kind.setId("measure-kind");
        decidedOn = new DatePicker(getTranslation("measure.decidedOn"), LocalDate.now(clock));
        decidedOn.setMax(LocalDate.now(clock));
        decidedOn.setId("measure-decided-on");
        documentNo = new TextField(getTranslation("measure.documentNo"));
        documentNo.setId("measure-document-no");
        issuingDepartment = new TextField(getTranslation("measure.issuingDepartment"));
        issuingDepartment.setValue(
                scopes.departmentOf(account).map(Department::name).orElse(""));
        issuingDepartment.setId("measure-department");
        reason = new TextArea(getTranslation("measure.reason"));
        reason.setId("measure-reason");
        FormLayout form = new FormLayout(kind, decidedOn, documentNo, issuingDepartment, reason);
        form.setColspan(reason, 2);
        save = new Button(getTranslation("measure.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("measure-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("measure.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of(
                "kind",
                kind,
                "decidedOn",
                decidedOn,
                "documentNo",
                documentNo,
                "issuingDepartment",
                issuingDepartment,
                "reason",
                reason);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            measures.record(
                    account,
                    enterprise.uscc(),
                    new NewMeasure(
                            kind.getValue() == null ? null : kind.getValue().name(),
                            decidedOn.getValue(),
                            documentNo.getValue(),
                            issuingDepartment.getValue(),
                            reason.getValue()));
        } catch (InvalidMeasure e) {
            HasValidation field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.key()));
                field.setInvalid(true);
            }
            return;
        }
        dialog.close();
        Feedback.success(getTranslation("measure.saved"));
        refresh();
    }
}
