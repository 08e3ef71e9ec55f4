package cn.safetygrading.forms.ui;

import static cn.safetygrading.forms.ui.ObjectPaths.concat;
import static cn.safetygrading.forms.ui.ObjectPaths.place;

import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.FormValues;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A dynamic list: repeated sections, one per object of a list variable, with add and remove buttons. */
final class ListNode extends Node {

    private final Div section = new Div();
    private final VerticalLayout itemsBox = new VerticalLayout();
    private final List<Item> items = new ArrayList<>();

    ListNode(FormContext ctx, FormComponent def, Map<String, ?> original, List<String> prefix) {
        super(ctx, def, concat(prefix, def.pathSegments()), false);
        titled(section, "camunda-form-list");
        itemsBox.setPadding(false);
        section.add(itemsBox);
        Object initial = FormValues.get(original, path);
        if (initial instanceof List<?> values) {
            for (Object v : values) {
                @SuppressWarnings("unchecked")
                Map<String, ?> item = v instanceof Map<?, ?> m ? (Map<String, ?>) m : Map.of();
                addItem(item);
            }
        } else {
            for (int i = 0; i < def.defaultRepetitions(); i++) {
                addItem(Map.of());
            }
        }
        if (def.allowAddRemove()) {
            Button add = new Button(ctx.translate("form.list.add"), e -> {
                addItem(Map.of());
                ctx.refresh();
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClassName("camunda-form-list-add");
            section.add(add);
        }
    }

    private void addItem(Map<String, ?> original) {
        Item item = new Item(FormValues.copy(original));
        items.add(item);
        itemsBox.add(item.box);
    }

    private void removeItem(Item item) {
        items.remove(item);
        itemsBox.remove(item.box);
        ctx.refresh();
    }

    @Override
    Component component() {
        return section;
    }

    @Override
    List<Node> children() {
        List<Node> all = new ArrayList<>();
        items.forEach(i -> all.addAll(i.children));
        return all;
    }

    @Override
    void collect(Map<String, Object> into, Map<String, ?> original, boolean withFiles) {
        if (hidden) {
            if (inObject()) {
                place(into, original, path, null, true);
            }
            return;
        }
        List<Object> values = new ArrayList<>();
        items.forEach(i -> values.add(i.values(withFiles)));
        place(into, original, path, values, false);
    }

    @Override
    boolean visibility(Map<String, ?> data, boolean parentHidden) {
        boolean now = parentHidden || FormValidator.hides(def, data);
        boolean changed = now != hidden;
        hidden = now;
        section.setVisible(!now);
        for (Item item : items) {
            Map<String, Object> itemData = FormValues.overlay(data, item.values(true));
            for (Node child : item.children) {
                changed |= child.visibility(itemData, now);
            }
        }
        return changed;
    }

    @Override
    void inputErrors(List<FieldError> into, String keyPrefix) {
        for (int i = 0; i < items.size(); i++) {
            String itemPrefix = key(keyPrefix) + "[" + i + "].";
            items.get(i).children.forEach(c -> c.inputErrors(into, itemPrefix));
        }
    }

    @Override
    void showErrors(Map<String, FieldError> errors, String keyPrefix) {
        for (int i = 0; i < items.size(); i++) {
            String itemPrefix = key(keyPrefix) + "[" + i + "].";
            items.get(i).children.forEach(c -> c.showErrors(errors, itemPrefix));
        }
    }

    /** One repetition: its own components over its own object. */
    private final class Item implements Serializable {

        final Map<String, Object> original;
        final List<Node> children = new ArrayList<>();
        final Div box = new Div();

        Item(Map<String, Object> original) {
            this.original = original;
            box.addClassName("camunda-form-list-item");
            box.getStyle()
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("padding", "var(--lumo-space-s)")
                    .set("box-sizing", "border-box");
            box.setWidthFull();
            box.add(GroupNode.body(ctx, def, original, List.of(), true, children));
            if (def.allowAddRemove()) {
                Button remove = new Button(ctx.translate("form.list.remove"), e -> removeItem(this));
                remove.addThemeVariants(
                        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.addClassName("camunda-form-list-remove");
                box.add(remove);
            }
        }

        Map<String, Object> values(boolean withFiles) {
            Map<String, Object> values = FormValues.copy(original);
            children.forEach(c -> c.collect(values, original, withFiles));
            return values;
        }
    }
}
