package cn.safetygrading.forms.ui;

import cn.safetygrading.forms.model.FormComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.ElementFactory;
import java.util.List;

/** A text component: headings and paragraphs of the safe markdown subset, as text nodes only. */
final class TextNode extends Node {

    private final Div content = new Div();

    TextNode(FormContext ctx, FormComponent def, List<String> prefix, boolean inList) {
        super(ctx, def, prefix, inList);
        content.addClassName("camunda-form-text");
        identify(content);
        for (Markdown.Block block : Markdown.parse(def.text())) {
            HtmlContainer container = block instanceof Markdown.Heading h ? heading(h.level()) : new Paragraph();
            for (Markdown.Inline inline : block.inlines()) {
                if (inline.bold()) {
                    container.getElement().appendChild(ElementFactory.createStrong(inline.text()));
                } else {
                    container.add(new Text(inline.text()));
                }
            }
            content.add(container);
        }
    }

    private static HtmlContainer heading(int level) {
        return switch (level) {
            case 1 -> new H1();
            case 2 -> new H2();
            case 3 -> new H3();
            case 4 -> new H4();
            case 5 -> new H5();
            default -> new H6();
        };
    }

    @Override
    Component component() {
        return content;
    }
}
