package cn.safetygrading.forms.ui;

import static cn.safetygrading.forms.ui.FieldValues.emptyToNull;
import static cn.safetygrading.forms.ui.FieldValues.unparsed;

import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormMessages;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.FormValues;
import cn.safetygrading.forms.model.Option;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/** Makes the Vaadin field of one input component, filled from the variables or the component's default. */
final class FieldFactory {

    private final FormContext ctx;

    FieldFactory(FormContext ctx) {
        this.ctx = ctx;
    }

    InputNode input(FormComponent c, Map<String, ?> original, List<String> prefix, boolean inList) {
        List<String> path = ObjectPaths.concat(prefix, c.keyPath());
        Object initial = FormValues.get(original, path);
        if (initial == null) {
            initial = c.defaultValue();
        }
        String label = c.label();
        return switch (c.type()) {
            case TEXTFIELD -> {
                TextField f = new TextField(label);
                yield text(c, path, inList, f, f::setMaxLength, initial);
            }
            case TEXTAREA -> {
                TextArea f = new TextArea(label);
                yield text(c, path, inList, f, f::setMaxLength, initial);
            }
            case NUMBER -> number(c, path, inList, new NumberField(label), initial);
            case CHECKBOX -> {
                Checkbox f = new Checkbox(label);
                f.setManualValidation(true);
                f.setValue(Boolean.TRUE.equals(initial) || "true".equals(initial));
                yield new InputNode(ctx, c, path, inList, f, f::getValue, null);
            }
            case SELECT -> {
                if (c.searchable()) {
                    ComboBox<Option> f = new ComboBox<>(label);
                    f.setManualValidation(true);
                    f.setItems(c.values());
                    f.setItemLabelGenerator(Option::label);
                    yield chosen(c, path, inList, f, initial);
                }
                Select<Option> f = new Select<>();
                f.setLabel(label);
                f.setManualValidation(true);
                f.setItems(c.values());
                f.setItemLabelGenerator(o -> o == null ? "" : o.label());
                f.setEmptySelectionAllowed(!c.required());
                yield chosen(c, path, inList, f, initial);
            }
            case RADIO -> {
                RadioButtonGroup<Option> f = new RadioButtonGroup<>(label);
                f.setManualValidation(true);
                f.setItems(c.values());
                f.setItemLabelGenerator(Option::label);
                yield chosen(c, path, inList, f, initial);
            }
            case CHECKLIST -> checklist(c, path, inList, new CheckboxGroup<>(label), initial);
            case DATETIME -> {
                DatePicker f = new DatePicker(label);
                f.setManualValidation(true);
                f.setI18n(datePickerI18n());
                f.setValue(FieldValues.date(initial, ctx.options().zone()));
                yield new InputNode(
                        ctx,
                        c,
                        path,
                        inList,
                        f,
                        () -> f.getValue() == null ? null : f.getValue().toString(),
                        () -> unparsed(f) ? FormMessages.DATE_INVALID : null);
            }
            default -> throw new IllegalStateException("not a field: " + c.type());
        };
    }

    private InputNode text(
            FormComponent c,
            List<String> path,
            boolean inList,
            TextFieldBase<?, String> f,
            IntConsumer maxLength,
            Object initial) {
        f.setManualValidation(true);
        if (c.validate().maxLength() != null) {
            maxLength.accept(c.validate().maxLength());
        }
        f.setValue(FieldValues.text(initial));
        return new InputNode(ctx, c, path, inList, f, () -> emptyToNull(f.getValue()), null);
    }

    private InputNode number(FormComponent c, List<String> path, boolean inList, NumberField f, Object initial) {
        f.setManualValidation(true);
        if (c.validate().min() != null) {
            f.setMin(c.validate().min().doubleValue());
        }
        if (c.validate().max() != null) {
            f.setMax(c.validate().max().doubleValue());
        }
        if (c.increment() != null) {
            f.setStep(c.increment().doubleValue());
        }
        f.setValue(FieldValues.number(initial));
        return new InputNode(
                ctx,
                c,
                path,
                inList,
                f,
                () -> FieldValues.submitted(f.getValue(), c.decimalDigits()),
                () -> unparsed(f) ? FormMessages.NUMBER_INVALID : null);
    }

    /** A field choosing one option (select, combo box, radio): submits the option's value in its JSON type. */
    private InputNode chosen(
            FormComponent c, List<String> path, boolean inList, AbstractField<?, Option> f, Object initial) {
        f.setValue(FormValidator.option(c, initial).orElse(null));
        return new InputNode(
                ctx,
                c,
                path,
                inList,
                f,
                () -> f.getValue() == null ? null : f.getValue().value(),
                null);
    }

    private InputNode checklist(
            FormComponent c, List<String> path, boolean inList, CheckboxGroup<Option> f, Object initial) {
        f.setManualValidation(true);
        f.setItems(c.values());
        f.setItemLabelGenerator(Option::label);
        Set<Option> chosen = new LinkedHashSet<>();
        if (initial instanceof Collection<?> values) {
            values.forEach(v -> FormValidator.option(c, v).ifPresent(chosen::add));
        }
        f.setValue(chosen);
        return new InputNode(
                ctx,
                c,
                path,
                inList,
                f,
                () -> {
                    List<Object> out = new ArrayList<>();
                    c.values().stream().filter(f.getValue()::contains).forEach(o -> out.add(o.value()));
                    return out;
                },
                null);
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list("form.date.months"))
                .setWeekdays(list("form.date.weekdays"))
                .setWeekdaysShort(list("form.date.weekdaysShort"))
                .setFirstDayOfWeek(firstDayOfWeek())
                .setToday(ctx.translate("form.date.today"))
                .setCancel(ctx.translate("form.date.cancel"))
                .setDateFormat("yyyy-MM-dd");
    }

    /** Monday unless the bundle says otherwise (0 = Sunday); a missing bundle must not break the form. */
    private int firstDayOfWeek() {
        try {
            return Integer.parseInt(ctx.translate("form.date.firstDayOfWeek").trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private List<String> list(String key) {
        return Arrays.stream(ctx.translate(key).split(",")).map(String::trim).toList();
    }
}
