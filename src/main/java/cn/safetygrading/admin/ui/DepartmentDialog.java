package cn.safetygrading.admin.ui;

import cn.safetygrading.admin.domain.Duty;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.service.UnitService;
import cn.safetygrading.ledger.domain.Industry;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates or edits one department: name, region and kind (fixed once created), and its industries. */
class DepartmentDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<Region> region = new ComboBox<>();
    final ComboBox<String> kind = new ComboBox<>();
    final MultiSelectComboBox<Industry> competent = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Industry> supervising = new MultiSelectComboBox<>();
    final Button save = new Button();
    final Button delete = new Button();

    private final UnitService units;
    private final Account account;
    private final Runnable changed;
    private Unit unit;
    private final Map<String, HasValidation> fields;
    private final Map<String, Industry> divisions;

    DepartmentDialog(
            UnitService units,
            Account account,
            Unit unit,
            Runnable changed,
            List<Region> regions,
            Function<String, String> kindLabel) {
        this.units = units;
        this.account = account;
        this.unit = unit;
        this.changed = changed;
        this.divisions = units.divisions().stream().collect(Collectors.toMap(Industry::code, Function.identity()));
        setHeaderTitle(getTranslation(unit == null ? "admin.departments.create" : "admin.departments.edit"));
        setWidth("min(46rem, 100vw)");

        name.setLabel(getTranslation("admin.field.departmentName"));
        name.setRequired(true);
        name.setMaxLength(200);
        name.setId("department-name");
        region.setLabel(getTranslation("admin.field.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Fields::label);
        region.setRequired(true);
        region.setId("department-region");
        kind.setLabel(getTranslation("admin.field.kind"));
        kind.setItems(UnitService.KINDS);
        kind.setItemLabelGenerator(k -> kindLabel.apply(k) + " (" + k + ")");
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(e -> kind.setValue(e.getDetail()));
        kind.setRequired(true);
        kind.setId("department-kind");
        for (MultiSelectComboBox<Industry> box : List.of(competent, supervising)) {
            box.setItems(divisions.values().stream()
                    .sorted(java.util.Comparator.comparing(Industry::code))
                    .toList());
            box.setItemLabelGenerator(Industry::label);
        }
        competent.setLabel(getTranslation("admin.field.competent"));
        competent.setId("department-competent");
        supervising.setLabel(getTranslation("admin.field.supervising"));
        supervising.setId("department-supervising");
        fields = Map.of("name", name, "regionCode", region, "kind", kind, "industries", supervising);

        FormLayout form = new FormLayout(name, region, kind, competent, supervising);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(name, 2);
        form.setColspan(competent, 2);
        form.setColspan(supervising, 2);
        add(form);

        if (unit != null) {
            name.setValue(unit.name());
            regions.stream()
                    .filter(r -> r.code().equals(unit.regionCode()))
                    .findFirst()
                    .ifPresent(region::setValue);
            kind.setValue(unit.kind() == null ? "" : unit.kind());
            region.setReadOnly(true);
            kind.setReadOnly(true);
            List<Duty> duties = units.duties(unit.id());
            competent.setValue(industries(duties, Duty.COMPETENT));
            supervising.setValue(industries(duties, Duty.SUPERVISING));
        }
        save.setText(getTranslation("admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("department-save");
        save.addClickListener(e -> save());
        delete.setText(getTranslation("admin.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("department-delete");
        delete.setVisible(unit != null);
        delete.addClickListener(e -> delete());
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        getFooter().add(delete, cancel, save);
    }

    private Set<Industry> industries(List<Duty> duties, String role) {
        return duties.stream()
                .filter(d -> role.equals(d.role()))
                .map(d -> divisions.get(d.industryCode()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Saves; true when it was stored, false when a field was refused (and says why on it). */
    boolean save() {
        Fields.clear(fields);
        return Fields.attempt(this, fields, () -> {
            if (unit == null) {
                unit = units.create(
                        account,
                        name.getValue(),
                        region.getValue() == null ? null : region.getValue().code(),
                        kind.getValue());
            } else {
                unit = units.rename(account, unit.id(), name.getValue());
            }
            units.setDuties(account, unit.id(), codes(competent.getValue()), codes(supervising.getValue()));
            Fields.done(this, "admin.saved");
            changed.run();
            close();
        });
    }

    boolean delete() {
        return Fields.attempt(this, Map.of(), () -> {
            units.delete(account, unit.id());
            Fields.done(this, "admin.deleted");
            changed.run();
            close();
        });
    }

    private static List<String> codes(Set<Industry> industries) {
        return industries.stream().map(Industry::code).sorted().toList();
    }
}
