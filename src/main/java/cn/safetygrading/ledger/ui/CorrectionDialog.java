package cn.safetygrading.ledger.ui;

import cn.safetygrading.base.ui.Feedback;
import cn.safetygrading.ledger.domain.EnterpriseStatus;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.service.ClassificationService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.function.Consumer;

/** A reviewer corrects an enterprise's risk features and status; the class follows from the decision. */
class CorrectionDialog extends Dialog {

    final CheckboxGroup<RiskFeature> features = new CheckboxGroup<>();
    final Select<String> status = new Select<>();
    final Button save;

    CorrectionDialog(
            ClassificationService classification,
            Account account,
            LedgerRecord record,
            Consumer<LedgerRecord> onSaved) {
        setHeaderTitle(getTranslation("ledger.ui.correct.title"));
        setWidth("40rem");
        features.setLabel(getTranslation("ledger.ui.features"));
        features.setItems(RiskFeature.values());
        features.setItemLabelGenerator(f -> getTranslation("ledger.feature." + f.name()));
        features.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        features.setValue(record.features());
        status.setLabel(getTranslation("ledger.status"));
        status.setItems(EnterpriseStatus.codes());
        status.setItemLabelGenerator(s -> getTranslation("status." + s));
        status.setValue(record.status());
        add(new Paragraph(getTranslation("ledger.ui.correct.hint")), features, status);
        save = new Button(getTranslation("ledger.ui.save"), e -> {
            EnumSet<RiskFeature> chosen = features.getValue().isEmpty()
                    ? EnumSet.noneOf(RiskFeature.class)
                    : EnumSet.copyOf(features.getValue());
            classification
                    .correct(account, record.uscc(), chosen, status.getValue())
                    .ifPresent(saved -> {
                        Feedback.success(getTranslation(
                                "ledger.ui.correct.saved", getTranslation("class." + saved.enterpriseClass())));
                        close();
                        onSaved.accept(saved);
                    });
        });
        save.setId("ledger-correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("ledger.ui.cancel"), e -> close()), save);
    }
}
