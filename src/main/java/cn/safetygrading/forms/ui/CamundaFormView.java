package cn.safetygrading.forms.ui;

import cn.safetygrading.base.ui.UploadMarks;
import cn.safetygrading.base.ui.UploadTexts;
import cn.safetygrading.forms.model.ComponentType;
import cn.safetygrading.forms.model.FieldError;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.FormComponent;
import cn.safetygrading.forms.model.FormDefinition;
import cn.safetygrading.forms.model.FormMessages;
import cn.safetygrading.forms.model.FormValidator;
import cn.safetygrading.forms.model.FormValues;
import cn.safetygrading.forms.model.Option;
import cn.safetygrading.forms.model.UploadedFile;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.dom.ElementFactory;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
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
 */
public class CamundaFormView extends Composite<VerticalLayout> {

    private static final int MAX_CONDITION_ROUNDS = 10;
    /** Room for the multipart envelope around one file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private final FormDefinition form;
    private final Map<String, Object> variables;
    private final FormOptions options;
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
            Node node = build(c, this.variables, List.of(), false);
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
        forEach(nodes, n -> {
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
        return getTranslation(error.messageKey(), error.args().toArray());
    }

    /** The Vaadin component of the field with this key (dotted inside groups with a path); not inside lists. */
    public Optional<Component> field(String key) {
        List<Component> found = new ArrayList<>();
        forEach(nodes, n -> {
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

    private static void forEach(List<Node> nodes, SerializableConsumer<Node> action) {
        for (Node n : nodes) {
            action.accept(n);
            forEach(n.children(), action);
        }
    }

    // ---------------------------------------------------------------- building

    private Node build(FormComponent c, Map<String, ?> original, List<String> prefix, boolean inList) {
        return switch (c.type().kind()) {
            case DISPLAY -> new TextNode(c, prefix, inList);
            case GROUP -> new GroupNode(c, original, prefix, inList);
            case LIST -> new ListNode(c, original, prefix);
            case INPUT ->
                c.type() == ComponentType.FILEPICKER
                        ? new FileNode(c, prefix, inList)
                        : input(c, original, prefix, inList);
        };
    }

    private InputNode input(FormComponent c, Map<String, ?> original, List<String> prefix, boolean inList) {
        List<String> path = concat(prefix, c.keyPath());
        Object initial = FormValues.get(original, path);
        if (initial == null) {
            initial = c.defaultValue();
        }
        String label = c.label();
        switch (c.type()) {
            case TEXTFIELD -> {
                TextField f = new TextField(label);
                f.setManualValidation(true);
                if (c.validate().maxLength() != null) {
                    f.setMaxLength(c.validate().maxLength());
                }
                f.setValue(text(initial));
                return new InputNode(c, path, inList, f, () -> emptyToNull(f.getValue()), null);
            }
            case TEXTAREA -> {
                TextArea f = new TextArea(label);
                f.setManualValidation(true);
                if (c.validate().maxLength() != null) {
                    f.setMaxLength(c.validate().maxLength());
                }
                f.setValue(text(initial));
                return new InputNode(c, path, inList, f, () -> emptyToNull(f.getValue()), null);
            }
            case NUMBER -> {
                NumberField f = new NumberField(label);
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
                f.setValue(number(initial));
                return new InputNode(
                        c,
                        path,
                        inList,
                        f,
                        () -> submitted(f.getValue(), c.decimalDigits()),
                        () -> unparsed(f) ? FormMessages.NUMBER_INVALID : null);
            }
            case CHECKBOX -> {
                Checkbox f = new Checkbox(label);
                f.setManualValidation(true);
                f.setValue(Boolean.TRUE.equals(initial) || "true".equals(initial));
                return new InputNode(c, path, inList, f, f::getValue, null);
            }
            case SELECT -> {
                if (c.searchable()) {
                    ComboBox<Option> f = new ComboBox<>(label);
                    f.setManualValidation(true);
                    f.setItems(c.values());
                    f.setItemLabelGenerator(Option::label);
                    f.setValue(FormValidator.option(c, initial).orElse(null));
                    return new InputNode(
                            c,
                            path,
                            inList,
                            f,
                            () -> f.getValue() == null ? null : f.getValue().value(),
                            null);
                }
                Select<Option> f = new Select<>();
                f.setLabel(label);
                f.setManualValidation(true);
                f.setItems(c.values());
                f.setItemLabelGenerator(o -> o == null ? "" : o.label());
                f.setEmptySelectionAllowed(!c.required());
                f.setValue(FormValidator.option(c, initial).orElse(null));
                return new InputNode(
                        c,
                        path,
                        inList,
                        f,
                        () -> f.getValue() == null ? null : f.getValue().value(),
                        null);
            }
            case RADIO -> {
                RadioButtonGroup<Option> f = new RadioButtonGroup<>(label);
                f.setManualValidation(true);
                f.setItems(c.values());
                f.setItemLabelGenerator(Option::label);
                f.setValue(FormValidator.option(c, initial).orElse(null));
                return new InputNode(
                        c,
                        path,
                        inList,
                        f,
                        () -> f.getValue() == null ? null : f.getValue().value(),
                        null);
            }
            case CHECKLIST -> {
                CheckboxGroup<Option> f = new CheckboxGroup<>(label);
                f.setManualValidation(true);
                f.setItems(c.values());
                f.setItemLabelGenerator(Option::label);
                Set<Option> chosen = new LinkedHashSet<>();
                if (initial instanceof Collection<?> values) {
                    values.forEach(v -> FormValidator.option(c, v).ifPresent(chosen::add));
                }
                f.setValue(chosen);
                return new InputNode(
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
            case DATETIME -> {
                DatePicker f = new DatePicker(label);
                f.setManualValidation(true);
                f.setI18n(datePickerI18n());
                f.setValue(date(initial));
                return new InputNode(
                        c,
                        path,
                        inList,
                        f,
                        () -> f.getValue() == null ? null : f.getValue().toString(),
                        () -> unparsed(f) ? FormMessages.DATE_INVALID : null);
            }
            default -> throw new IllegalStateException("not a field: " + c.type());
        }
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list("form.date.months"))
                .setWeekdays(list("form.date.weekdays"))
                .setWeekdaysShort(list("form.date.weekdaysShort"))
                .setFirstDayOfWeek(firstDayOfWeek())
                .setToday(getTranslation("form.date.today"))
                .setCancel(getTranslation("form.date.cancel"))
                .setDateFormat("yyyy-MM-dd");
    }

    /** Monday unless the bundle says otherwise (0 = Sunday); a missing bundle must not break the form. */
    private int firstDayOfWeek() {
        try {
            return Integer.parseInt(getTranslation("form.date.firstDayOfWeek").trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private List<String> list(String key) {
        return Arrays.stream(getTranslation(key).split(",")).map(String::trim).toList();
    }

    // ---------------------------------------------------------------- conversions

    private static boolean unparsed(AbstractField<?, ?> field) {
        @SuppressWarnings("unchecked")
        HasValidator<Object> validating = (HasValidator<Object>) field;
        return field.getValue() == null
                && validating
                        .getDefaultValidator()
                        .apply(null, new ValueContext(field))
                        .isError();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A Long when the field allows no decimals and the value is whole; a Double otherwise. */
    private static Object submitted(Double value, Integer decimalDigits) {
        if (value == null) {
            return null;
        }
        if (decimalDigits != null
                && decimalDigits == 0
                && !value.isInfinite()
                && value == Math.rint(value)
                && Math.abs(value) < 9.0e15) {
            return value.longValue();
        }
        return value;
    }

    private LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (value instanceof OffsetDateTime d) {
            return d.atZoneSameInstant(options.zone()).toLocalDate();
        }
        if (value instanceof ZonedDateTime d) {
            return d.withZoneSameInstant(options.zone()).toLocalDate();
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(options.zone()).toLocalDate();
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The map at {@code parent} inside {@code into}, created on the way from a copy of the original object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectAt(
            Map<String, Object> into, Map<String, ?> original, List<String> parent) {
        Map<String, Object> current = into;
        for (int i = 0; i < parent.size(); i++) {
            Object child = current.get(parent.get(i));
            if (!(child instanceof Map)) {
                Object seed = FormValues.get(original, parent.subList(0, i + 1));
                child = seed instanceof Map<?, ?> m
                        ? FormValues.copy((Map<String, ?>) m)
                        : new LinkedHashMap<String, Object>();
                current.put(parent.get(i), child);
            }
            current = (Map<String, Object>) child;
        }
        return current;
    }

    /** Puts (or, with null, removes) a value; top-level variables directly, object members via {@link #objectAt}. */
    private static void place(
            Map<String, Object> into, Map<String, ?> original, List<String> path, Object value, boolean remove) {
        Map<String, Object> parent = objectAt(into, original, path.subList(0, path.size() - 1));
        String last = path.get(path.size() - 1);
        if (remove) {
            parent.remove(last);
        } else {
            parent.put(last, value);
        }
    }

    // ---------------------------------------------------------------- nodes

    /** One rendered component; {@code path} is relative to its scope (the form, or one list item). */
    private abstract class Node implements Serializable {

        final FormComponent def;
        final List<String> path;
        final boolean inList;
        boolean hidden;

        Node(FormComponent def, List<String> path, boolean inList) {
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

        void inputErrors(List<FieldError> into, String keyPrefix) {
            children().forEach(c -> c.inputErrors(into, keyPrefix));
        }

        void showErrors(Map<String, FieldError> errors, String keyPrefix) {
            children().forEach(c -> c.showErrors(errors, keyPrefix));
        }

        String key(String keyPrefix) {
            return keyPrefix + FormValues.keyString(path);
        }
    }

    private final class TextNode extends Node {

        private final Div content = new Div();

        TextNode(FormComponent def, List<String> prefix, boolean inList) {
            super(def, prefix, inList);
            content.addClassName("camunda-form-text");
            if (def.id() != null && !inList) {
                content.setId(def.id());
            }
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

        private HtmlContainer heading(int level) {
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

    private final class InputNode extends Node {

        final AbstractField<?, ?> field;
        private final SerializableSupplier<Object> value;
        private final SerializableSupplier<String> unparsed;
        private boolean touched;

        InputNode(
                FormComponent def,
                List<String> path,
                boolean inList,
                AbstractField<?, ?> field,
                SerializableSupplier<Object> value,
                SerializableSupplier<String> unparsed) {
            super(def, path, inList);
            this.field = field;
            this.value = value;
            this.unparsed = unparsed;
            if (def.id() != null && !inList) {
                field.setId(def.id());
            }
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
                refresh();
            });
            if (unparsed != null && field instanceof HasValidator<?> validating) {
                validating.addValidationStatusChangeListener(e -> {
                    touched = true;
                    refresh();
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
            boolean show = error != null && !hidden && (touched || showAllErrors);
            if (field instanceof HasValidation validation) {
                validation.setErrorMessage(show ? message(error) : null);
                validation.setInvalid(show);
            }
        }
    }

    private final class FileNode extends Node {

        final Upload upload;
        final List<UploadedFile> files = new ArrayList<>();
        private final VerticalLayout box = new VerticalLayout();
        private final Div list = new Div();
        private final Span error = new Span();
        private String rejection;
        private boolean touched;

        FileNode(FormComponent def, List<String> prefix, boolean inList) {
            super(def, concat(prefix, def.keyPath()), inList);
            FileRules rules = options.files();
            // the server stops reading past the limit, whatever the browser was told
            InMemoryUploadHandler handler = new InMemoryUploadHandler(this::received) {
                @Override
                public long getFileSizeMax() {
                    return rules.maxFileSize();
                }

                @Override
                public long getRequestSizeMax() {
                    return rules.maxFileSize() + REQUEST_OVERHEAD;
                }
            };
            upload = new Upload(handler);
            if (def.id() != null && !inList) {
                upload.setId(def.id());
            }
            List<String> accepted = FileRules.acceptedTypes(def.accept());
            if (!accepted.isEmpty()) {
                upload.setAcceptedFileTypes(accepted.toArray(String[]::new));
            }
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, rules.maxFileSize()));
            upload.setMaxFiles(def.multiple() ? rules.maxFiles() : 1);
            upload.setI18n(UploadTexts.of(
                    CamundaFormView.this, FileRules.formatSize(options.files().maxFileSize())));
            upload.setEnabled(def.editable());
            // the browser refused it (type, size, count): the reason with the file's name, never silence
            upload.addFileRejectedListener(e -> reject(
                    e.getFileName() == null
                            ? e.getErrorMessage()
                            : getTranslation("form.file.refusedNamed", e.getFileName(), e.getErrorMessage())));
            upload.addAllFinishedListener(e -> UploadMarks.clearAccepted(upload));

            box.setPadding(false);
            box.setSpacing(false);
            box.addClassName("camunda-form-files");
            Span label =
                    new Span(def.label() == null ? "" : def.label() + (def.required() && def.editable() ? " *" : ""));
            label.addClassName("camunda-form-label");
            label.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("font-weight", "500")
                    .set("color", "var(--lumo-secondary-text-color)");
            box.add(label, upload, list);
            if (def.description() != null) {
                Span helper = new Span(def.description());
                helper.getStyle()
                        .set("font-size", "var(--lumo-font-size-xs)")
                        .set("color", "var(--lumo-secondary-text-color)");
                box.add(helper);
            }
            error.addClassName("camunda-form-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-xs)");
            box.add(error);
        }

        private void received(UploadMetadata metadata, byte[] bytes) {
            UploadedFile file = new UploadedFile(metadata.fileName(), metadata.contentType(), bytes);
            Optional<FieldError> problem = options.files().check(FormValues.keyString(path), file, def.accept());
            int most = def.multiple() ? options.files().maxFiles() : 1;
            if (problem.isPresent()) {
                refuse(metadata.fileName(), message(problem.get()));
                return;
            }
            if (def.multiple() && files.size() >= most) {
                refuse(
                        metadata.fileName(),
                        message(new FieldError(
                                FormValues.keyString(path), FormMessages.FILE_TOO_MANY, String.valueOf(most))));
                return;
            }
            if (!def.multiple()) {
                files.clear();
            }
            files.add(file);
            rejection = null;
            touched = true;
            renderList();
            refresh();
        }

        /** The server refused a file it received: red in the list with the reason, and the reason under the field. */
        private void refuse(String fileName, String message) {
            UploadMarks.refuse(upload, fileName, message);
            reject(message);
        }

        private void reject(String message) {
            rejection = message;
            touched = true;
            refresh();
        }

        private void renderList() {
            list.removeAll();
            for (UploadedFile f : files) {
                Button remove = new Button(getTranslation("form.file.remove"), e -> {
                    files.remove(f);
                    rejection = null;
                    renderList();
                    refresh();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.setEnabled(def.editable());
                Div row = new Div(new Span(f.fileName() + " (" + FileRules.formatSize(f.size()) + ")"), remove);
                row.addClassName("camunda-form-file");
                list.add(row);
            }
        }

        @Override
        Component component() {
            return box;
        }

        @Override
        void collect(Map<String, Object> into, Map<String, ?> original, boolean withFiles) {
            if (withFiles && !hidden && def.editable()) {
                place(into, original, path, List.copyOf(files), false);
            }
        }

        @Override
        void showErrors(Map<String, FieldError> errors, String keyPrefix) {
            FieldError e = errors.get(key(keyPrefix));
            String text = rejection != null
                    ? rejection
                    : e != null && !hidden && (touched || showAllErrors) ? message(e) : "";
            error.setText(text);
        }
    }

    private final class GroupNode extends Node {

        private final Div section = new Div();
        private final List<Node> children = new ArrayList<>();

        GroupNode(FormComponent def, Map<String, ?> original, List<String> prefix, boolean inList) {
            super(def, concat(prefix, def.pathSegments()), inList);
            section.addClassName("camunda-form-group");
            if (def.id() != null && !inList) {
                section.setId(def.id());
            }
            section.setWidthFull();
            if (def.label() != null && !def.label().isBlank()) {
                section.add(new H4(def.label()));
            }
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            for (FormComponent c : def.components()) {
                Node child = build(c, original, path, inList);
                children.add(child);
                body.add(child.component());
            }
            section.add(body);
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

    private final class ListNode extends Node {

        private final Div section = new Div();
        private final VerticalLayout itemsBox = new VerticalLayout();
        private final List<Item> items = new ArrayList<>();

        ListNode(FormComponent def, Map<String, ?> original, List<String> prefix) {
            super(def, concat(prefix, def.pathSegments()), false);
            section.addClassName("camunda-form-list");
            if (def.id() != null) {
                section.setId(def.id());
            }
            section.setWidthFull();
            if (def.label() != null && !def.label().isBlank()) {
                section.add(new H4(def.label()));
            }
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
                Button add = new Button(getTranslation("form.list.add"), e -> {
                    addItem(Map.of());
                    refresh();
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
            refresh();
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
                VerticalLayout body = new VerticalLayout();
                body.setPadding(false);
                for (FormComponent c : def.components()) {
                    Node child = build(c, original, List.of(), true);
                    children.add(child);
                    body.add(child.component());
                }
                box.add(body);
                if (def.allowAddRemove()) {
                    Button remove = new Button(getTranslation("form.list.remove"), e -> removeItem(this));
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
}
