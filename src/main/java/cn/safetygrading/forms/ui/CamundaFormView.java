package cn.safetygrading.forms.ui;

import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormDefinition;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.FormValues;
import cn.safetygrading.forms.model.UploadedFile;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Camunda Form rendered with free Vaadin components, filled from the task's variables.
 *
 * <ul>
 *   <li>textfield → TextField, textarea → TextArea, number → NumberField, select → Select (ComboBox
 *       when {@code searchable}), radio → RadioButtonGroup, checkbox → Checkbox, checklist →
 *       CheckboxGroup, datetime (date) → DatePicker, filepicker → Upload, text → headings and
 *       paragraphs (safe markdown subset, text nodes only), group → a titled section,
 *       dynamiclist → repeated sections with add/remove buttons.</li>
 *   <li>Labels and descriptions come from the form; the renderer's own words (errors, buttons,
 *       upload texts) from the bundle {@code i18n/form}.</li>
 *   <li>{@code conditional.hide} is re-evaluated on every value change.</li>
 *   <li>{@link #values()} gives what to submit; {@link #files()} the uploaded files;
 *       {@link #validate()} checks with {@link FormValidator} (the same function the server uses)
 *       plus unparseable input, and shows the errors on the fields.</li>
 * </ul>
 *
 * <p>This class holds the form's state (conditions, errors, what to submit); each component is a {@link Node}
 * ({@link TextNode}, {@link InputNode} made by {@link FieldFactory}, {@link FileNode}, {@link GroupNode}, {@link
 * ListNode}) that reaches back through a {@link FormContext}.
 */
public class CamundaFormView extends Composite<VerticalLayout> {

    private static final int MAX_CONDITION_ROUNDS = 10;

    private final FormDefinition form;
    private final Map<String, Object> variables;
    private final FormOptions options;
    private final FormContext context = new Context();
    private final List<Node> nodes = new ArrayList<>();
    private boolean showAllErrors;
    private boolean building = true;

    public CamundaFormView(FormDefinition form, Map<String, ?> variables) {
        this(form, variables, FormOptions.defaults());
    }

    public CamundaFormView(FormDefinition form, Map<String, ?> variables, FormOptions options) {
        this.form = Objects.requireNonNull(form, "form");
        this.variables = FormValues.copy(variables);
        this.options = Objects.requireNonNull(options, "options");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("camunda-form");
        layout.getElement().setAttribute("data-form-id", form.id());
        for (FormComponent c : form.components()) {
            Node node = context.build(c, this.variables, List.of(), false);
            nodes.add(node);
            layout.add(node.component());
        }
        building = false;
        refresh();
    }

    public FormDefinition form() {
        return form;
    }

    /**
     * What to submit as process variables: every visible, editable field under its key. Text is a
     * String (empty: null), a number a Double (a Long when {@code decimalDigits} is 0), a checkbox a
     * Boolean, a select or radio the option's value in its JSON type, a checklist a List of them, a
     * date an ISO {@code yyyy-MM-dd} String. Read-only, disabled and hidden fields are left out;
     * inside an object variable (a group with a path, a dynamic list item) the original object is
     * sent back with the form's fields laid over it, so read-only parts survive. Files are not
     * here: see {@link #files()}.
     */
    public Map<String, Object> values() {
        return submission(false);
    }

    /** The files of every visible, editable filepicker, by key. */
    public Map<String, List<UploadedFile>> files() {
        Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        Node.forEach(nodes, n -> {
            if (n instanceof FileNode f && !f.hidden && f.def.editable()) {
                files.put(FormValues.keyString(f.path), List.copyOf(f.files));
            }
        });
        return files;
    }

    /**
     * Checks the form as the server will ({@link FormValidator} on {@link #values()} plus the files,
     * with the task's variables as context) and adds input the fields could not parse (a number or
     * date that is not one). Shows every error on its field from now on. Empty when the form may be
     * submitted.
     */
    public List<FieldError> validate() {
        showAllErrors = true;
        List<FieldError> errors = errors();
        showErrors(errors);
        return errors;
    }

    /** The error's text in the UI's language. */
    public String message(FieldError error) {
        return context.message(error);
    }

    /** The Vaadin component of the field with this key (dotted inside groups with a path); not inside lists. */
    public Optional<Component> field(String key) {
        List<Component> found = new ArrayList<>();
        Node.forEach(nodes, n -> {
            if ((n instanceof InputNode || n instanceof FileNode)
                    && !n.inList
                    && FormValues.keyString(n.path).equals(key)) {
                found.add(n instanceof InputNode i ? i.field : ((FileNode) n).upload);
            }
        });
        return found.stream().findFirst();
    }

    // ---------------------------------------------------------------- state

    private Map<String, Object> submission(boolean withFiles) {
        Map<String, Object> into = new LinkedHashMap<>();
        for (Node n : nodes) {
            n.collect(into, variables, withFiles);
        }
        return into;
    }

    /** Hides and shows by the conditions until they agree with the values they leave (a fixpoint), then shows errors. */
    private void refresh() {
        if (building) {
            return;
        }
        for (int round = 0; round < MAX_CONDITION_ROUNDS; round++) {
            Map<String, Object> data = FormValues.overlay(variables, submission(true));
            boolean changed = false;
            for (Node n : nodes) {
                changed |= n.visibility(data, false);
            }
            if (!changed) {
                break;
            }
        }
        showErrors(errors());
    }

    private List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        for (Node n : nodes) {
            n.inputErrors(errors, "");
        }
        Set<String> unparsed = new LinkedHashSet<>();
        errors.forEach(e -> unparsed.add(e.key()));
        for (FieldError e : FormValidator.validate(form, submission(true), variables, options.files())) {
            if (!unparsed.contains(e.key())) {
                errors.add(e);
            }
        }
        return errors;
    }

    private void showErrors(List<FieldError> errors) {
        Map<String, FieldError> first = new LinkedHashMap<>();
        errors.forEach(e -> first.putIfAbsent(e.key(), e));
        for (Node n : nodes) {
            n.showErrors(first, "");
        }
    }

    /** What the nodes ask of this view; an inner object so that none of it is public. */
    private final class Context implements FormContext {

        @Override
        public Component view() {
            return CamundaFormView.this;
        }

        @Override
        public FormOptions options() {
            return options;
        }

        @Override
        public void refresh() {
            CamundaFormView.this.refresh();
        }

        @Override
        public boolean showAllErrors() {
            return showAllErrors;
        }
    }
}
