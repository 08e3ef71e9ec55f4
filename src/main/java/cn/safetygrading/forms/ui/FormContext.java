package cn.safetygrading.forms.ui;

import cn.safetygrading.forms.model.ComponentType;
import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FormComponent;
import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** What the nodes of one {@link CamundaFormView} ask of the view: its settings, words, and a new look at the values. */
interface FormContext extends Serializable {

    /** The view, for its locale and translations. */
    Component view();

    FormOptions options();

    /** Re-applies the conditions and shows the errors after a value changed. */
    void refresh();

    /** True once {@link CamundaFormView#validate()} ran: errors show on untouched fields too. */
    boolean showAllErrors();

    /** The error's text in the UI's language. */
    default String message(FieldError error) {
        return translate(error.messageKey(), error.args().toArray());
    }

    default String translate(String key, Object... args) {
        return view().getTranslation(key, args);
    }

    /** The node of one component; {@code prefix} is its scope's path (a group's path, or none in a list item). */
    default Node build(FormComponent c, Map<String, ?> original, List<String> prefix, boolean inList) {
        return switch (c.type().kind()) {
            case DISPLAY -> new TextNode(this, c, prefix, inList);
            case GROUP -> new GroupNode(this, c, original, prefix, inList);
            case LIST -> new ListNode(this, c, original, prefix);
            case INPUT ->
                c.type() == ComponentType.FILEPICKER
                        ? new FileNode(this, c, prefix, inList)
                        : new FieldFactory(this).input(c, original, prefix, inList);
        };
    }
}
