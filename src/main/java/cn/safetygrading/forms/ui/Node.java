package cn.safetygrading.forms.ui;

import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.FormValues;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One rendered component; {@code path} is relative to its scope (the form, or one list item). */
abstract class Node implements Serializable {

    final FormContext ctx;
    final FormComponent def;
    final List<String> path;
    final boolean inList;
    boolean hidden;

    Node(FormContext ctx, FormComponent def, List<String> path, boolean inList) {
        this.ctx = ctx;
        this.def = def;
        this.path = path;
        this.inList = inList;
    }

    abstract Component component();

    List<Node> children() {
        return List.of();
    }

    /** A variable of its own, or a member of an object variable (group path, dotted key, list item)? */
    boolean inObject() {
        return inList || path.size() > 1;
    }

    /** Adds what this node submits; {@code withFiles} also adds the uploaded files (for validation). */
    void collect(Map<String, Object> into, Map<String, ?> original, boolean withFiles) {}

    /** Applies the conditions; true when this node or one below changed visibility. */
    boolean visibility(Map<String, ?> data, boolean parentHidden) {
        boolean now = parentHidden || FormValidator.hides(def, data);
        boolean changed = now != hidden;
        hidden = now;
        component().setVisible(!now);
        for (Node child : children()) {
            changed |= child.visibility(data, now);
        }
        return changed;
    }

    /** Adds the input the field could not parse (a number or date that is not one). */
    void inputErrors(List<FieldError> into, String keyPrefix) {
        children().forEach(c -> c.inputErrors(into, keyPrefix));
    }

    void showErrors(Map<String, FieldError> errors, String keyPrefix) {
        children().forEach(c -> c.showErrors(errors, keyPrefix));
    }

    String key(String keyPrefix) {
        return keyPrefix + FormValues.keyString(path);
    }

    /** Sets the component's id from the form, except inside a list, where it would repeat. */
    void identify(Component component) {
        if (def.id() != null && !inList) {
            component.setId(def.id());
        }
    }

    /** A full-width section of a group or list, with the component's id and its label as a heading. */
    void titled(Div section, String className) {
        section.addClassName(className);
        identify(section);
        section.setWidthFull();
        if (def.label() != null && !def.label().isBlank()) {
            section.add(new H4(def.label()));
        }
    }

    /** Whether an error is to be shown now: the field was touched, or the whole form was checked. */
    boolean showing(FieldError error, boolean touched) {
        return error != null && !hidden && (touched || ctx.showAllErrors());
    }

    static void forEach(List<Node> nodes, Consumer<Node> action) {
        for (Node n : nodes) {
            action.accept(n);
            forEach(n.children(), action);
        }
    }
}
