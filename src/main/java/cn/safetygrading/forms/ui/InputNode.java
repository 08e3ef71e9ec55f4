package cn.safetygrading.forms.ui;

import static cn.safetygrading.forms.ui.ObjectPaths.objectAt;
import static cn.safetygrading.forms.ui.ObjectPaths.place;

import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FormComponent;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.Map;

/** A Vaadin input field of one form field: its value to submit, its unparseable input, its error. */
final class InputNode extends Node {

    final AbstractField<?, ?> field;
    private final SerializableSupplier<Object> value;
    private final SerializableSupplier<String> unparsed;
    private boolean touched;

    /**
     * @param value what to submit, from the field's value
     * @param unparsed the message key when the field holds input it could not parse; null where that cannot happen
     */
    InputNode(
            FormContext ctx,
            FormComponent def,
            List<String> path,
            boolean inList,
            AbstractField<?, ?> field,
            SerializableSupplier<Object> value,
            SerializableSupplier<String> unparsed) {
        super(ctx, def, path, inList);
        this.field = field;
        this.value = value;
        this.unparsed = unparsed;
        identify(field);
        if (def.description() != null && field instanceof HasHelper helper) {
            helper.setHelperText(def.description());
        }
        if (field instanceof HasSize sized && !(field instanceof Checkbox)) {
            sized.setWidthFull();
        }
        field.setReadOnly(def.readonly());
        if (def.readonly()) {
            // a value to read, not to fill in: Tab passes it by (the field's tabindex goes to its input)
            field.getElement().setAttribute("tabindex", "-1");
        }
        field.setEnabled(!def.disabled());
        field.setRequiredIndicatorVisible(def.required() && def.editable());
        field.addValueChangeListener(e -> {
            touched = true;
            ctx.refresh();
        });
        if (unparsed != null && field instanceof HasValidator<?> validating) {
            validating.addValidationStatusChangeListener(e -> {
                touched = true;
                ctx.refresh();
            });
        }
    }

    @Override
    Component component() {
        return field;
    }

    Object value() {
        return value.get();
    }

    @Override
    void collect(Map<String, Object> into, Map<String, ?> original, boolean withFiles) {
        if (!inObject()) {
            if (!hidden && def.editable()) {
                into.put(path.get(0), value());
            }
            return;
        }
        if (hidden) {
            place(into, original, path, null, true);
        } else if (def.editable()) {
            place(into, original, path, value(), false);
        } else {
            objectAt(into, original, path.subList(0, path.size() - 1)); // read-only members stay as they were
        }
    }

    @Override
    void inputErrors(List<FieldError> into, String keyPrefix) {
        String problem = hidden || !def.editable() || unparsed == null ? null : unparsed.get();
        if (problem != null) {
            into.add(new FieldError(key(keyPrefix), problem));
        }
    }

    @Override
    void showErrors(Map<String, FieldError> errors, String keyPrefix) {
        FieldError error = errors.get(key(keyPrefix));
        boolean show = showing(error, touched);
        if (field instanceof HasValidation validation) {
            validation.setErrorMessage(show ? ctx.message(error) : null);
            validation.setInvalid(show);
        }
    }
}
