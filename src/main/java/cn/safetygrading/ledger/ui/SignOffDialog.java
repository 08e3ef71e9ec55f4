package cn.safetygrading.ledger.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.ledger.domain.AdminLevel;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * 审签: the manager picks the region and the date; the ledger as it stands is frozen under their name. A
 * 市直部门's manager signs its own 市级 enterprises: the region is the city, fixed, and the dialog says so.
 */
class SignOffDialog extends Dialog {

    final ComboBox<Region> region = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TextField unit = new TextField();
    final Button sign;

    SignOffDialog(
            SignOffService signOffs,
            List<Region> regions,
            Account account,
            LocalDate today,
            Consumer<SignOff> onSigned) {
        setHeaderTitle(getTranslation("ledger.ui.signoff.title"));
        RegionLabels labels = new RegionLabels(regions);
        region.setLabel(getTranslation("ledger.ui.signoff.region"));
        region.setItems(
                regions.stream().filter(r -> AdminLevel.cityOrCounty(r.level())).toList());
        region.setItemLabelGenerator(labels::label);
        regions.stream()
                .filter(r -> r.code().equals(account.regionCode()))
                .findFirst()
                .ifPresent(region::setValue);
        signOffs.cityDepartment(account).ifPresent(department -> {
            region.setReadOnly(true);
            region.setHelperText(getTranslation("ledger.ui.signoff.department", department));
        });
        date.setLabel(getTranslation("ledger.ui.signoff.date"));
        date.setMax(today);
        date.setValue(today);
        unit.setLabel(getTranslation("ledger.ui.signoff.unit"));
        unit.setValue(account.department() == null ? "" : account.department());
        unit.setMaxLength(200);
        TextField signer = new TextField(getTranslation("ledger.ui.signoff.signer"));
        signer.setValue(account.displayName());
        signer.setReadOnly(true);
        FormLayout form = new FormLayout(region, date, unit, signer);
        add(form);
        sign = new Button(getTranslation("ledger.ui.signoff.confirm"), e -> {
            if (region.getValue() == null || date.getValue() == null) {
                return;
            }
            try {
                SignOff s = signOffs.sign(account, region.getValue().code(), date.getValue(), unit.getValue());
                Feedback.success(
                        getTranslation("ledger.ui.signoff.done", s.regionName(), s.total(), s.classI(), s.classII()));
                close();
                onSigned.accept(s);
            } catch (IllegalArgumentException invalid) {
                // the service's sentence, already in Chinese (a future date, a unit name too long)
                Feedback.error(invalid.getMessage());
            }
        });
        sign.setId("ledger-signoff-confirm");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("ledger.ui.cancel"), e -> close()), sign);
    }
}
