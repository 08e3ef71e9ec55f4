package cn.safetygrading.forms.ui;

import static cn.safetygrading.forms.ui.ObjectPaths.concat;
import static cn.safetygrading.forms.ui.ObjectPaths.place;

import cn.safetygrading.forms.model.FormComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A group: a titled section; with a path, its fields are members of one object variable. */
final class GroupNode extends Node {

    private final Div section = new Div();
    private final List<Node> children = new ArrayList<>();

    GroupNode(FormContext ctx, FormComponent def, Map<String, ?> original, List<String> prefix, boolean inList) {
        super(ctx, def, concat(prefix, def.pathSegments()), inList);
        titled(section, "camunda-form-group");
        section.add(body(ctx, def, original, path, inList, children));
    }

    /** The components of a group or list item, built into {@code children}, in a padding-free column. */
    static VerticalLayout body(
            FormContext ctx,
            FormComponent def,
            Map<String, ?> original,
            List<String> prefix,
            boolean inList,
            List<Node> children) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        for (FormComponent c : def.components()) {
            Node child = ctx.build(c, original, prefix, inList);
            children.add(child);
            body.add(child.component());
        }
        return body;
    }

    @Override
    Component component() {
        return section;
    }

    @Override
    List<Node> children() {
        return children;
    }

    @Override
    void collect(Map<String, Object> into, Map<String, ?> original, boolean withFiles) {
        if (hidden && !def.pathSegments().isEmpty()) {
            if (inObject()) {
                place(into, original, path, null, true);
            }
            return; // a hidden object variable is not submitted at all
        }
        children.forEach(c -> c.collect(into, original, withFiles));
    }
}
