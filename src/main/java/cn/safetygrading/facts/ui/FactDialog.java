package cn.safetygrading.facts.ui;

import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.FactField;
import cn.safetygrading.facts.domain.InvalidFact;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.service.FactService;
import cn.safetygrading.security.domain.Account;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 登记 (a new entry) or 更正 (a new entry superseding {@code corrected}, its values filled in) for one
 * register; the fields follow the register. A refusal marks the field it names with the Chinese sentence.
 */
class FactDialog extends Dialog {

    final Map<String, AbstractField<?, ?>> fields = new LinkedHashMap<>();
    final Button save;

    FactDialog(
            FactService facts, Account account, String uscc, Register register, FactEntry corrected, Runnable onSaved) {
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
        add(form);
        save = new Button(getTranslation("facts.action.save"), e -> {
            fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
            try {
                if (corrected != null) {
                    facts.correct(account, uscc, register, corrected.id(), body());
                } else if (register == Register.RISK_FACTS) {
                    facts.putRiskFacts(account, uscc, body());
                } else {
                    facts.record(account, uscc, register, body());
                }
            } catch (InvalidFact invalid) {
                String message = getTranslation(invalid.key(), getTranslation("facts.field." + invalid.field()));
                AbstractField<?, ?> field = fields.get(invalid.field());
                if (field instanceof HasValidation v) {
                    v.setErrorMessage(message);
                    v.setInvalid(true);
                }
                Notification.show(message);
                return;
            }
            Notification.show(getTranslation("facts.saved"));
            close();
            onSaved.run();
        });
        save.setId("facts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("facts.action.cancel"), e -> close()), save);
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
