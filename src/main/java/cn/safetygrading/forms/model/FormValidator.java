package cn.safetygrading.forms.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form's rules as a pure function, so the server can re-check a submission whatever sent it (our
 * {@code CamundaFormView}, Camunda Tasklist, a REST client). The view's own {@code validate()} is this
 * very function, so both give the same errors.
 *
 * <p>What is checked, in form order:
 * <ul>
 *   <li>Hidden fields ({@code conditional.hide} true, or inside a hidden group or list) must carry no
 *       value; read-only and disabled fields may be echoed unchanged but not changed (inside a
 *       dynamic list they are not compared, items may move). Neither is validated further.</li>
 *   <li>{@code required}: not null, not blank text, a required checkbox checked, a checklist or
 *       filepicker not empty.</li>
 *   <li>Types: text fields String, number fields a Number, checkbox Boolean, select/radio one of the
 *       option values (compared by value, 1 = 1L = 1.0), checklist a collection of them, datetime an
 *       ISO date String ({@code yyyy-MM-dd}) or LocalDate, filepicker {@link UploadedFile}s.</li>
 *   <li>{@code min}/{@code max}, {@code decimalDigits}, {@code increment} on numbers;
 *       {@code minLength}/{@code maxLength} (characters, surrounding blanks not counted) and
 *       {@code pattern} (whole value) on text.</li>
 *   <li>Files by {@link FileRules}: name, blocked types, size, accept, content, count.</li>
 * </ul>
 * Keys in {@code values} that no field of the form binds are not this class's business: pass only
 * what the form produced, and add system-computed variables after the check.
 * <p>
 * Long because it is one walk over the form's components (conditions, lists, groups, files) with one state; split,
 * the walk would be scattered over classes that each need all of it.
 */
public final class FormValidator {

    private FormValidator() {}

    /** The submission alone: conditions see only {@code values}; default file rules. */
    public static List<FieldError> validate(FormDefinition form, Map<String, ?> values) {
        return validate(form, values, Map.of(), FileRules.DEFAULT);
    }

    /**
     * @param values  what was submitted (a filepicker's key holds a list of {@link UploadedFile})
     * @param context the variables the task already has: conditions see {@code context} overlaid
     *                with {@code values}, and read-only fields are compared against it
     */
    public static List<FieldError> validate(
            FormDefinition form, Map<String, ?> values, Map<String, ?> context, FileRules rules) {
        Map<String, ?> submitted = values == null ? Map.of() : values;
        Map<String, ?> known = context == null ? Map.of() : context;
        Walk walk = new Walk(rules);
        walk.components(
                form.components(), List.of(), submitted, known, FormValues.overlay(known, submitted), false, "", false);
        return walk.errors;
    }

    /** Whether the component's own {@code conditional.hide} holds on this data. */
    public static boolean hides(FormComponent c, Map<String, ?> data) {
        return c.hide() != null && c.hide().isTrue(path -> FormValues.get(data, path));
    }

    private static final class Walk {

        final FileRules rules;
        final List<FieldError> errors = new ArrayList<>();

        Walk(FileRules rules) {
            this.rules = rules;
        }

        void components(
                List<FormComponent> components,
                List<String> prefix,
                Map<String, ?> scope,
                Map<String, ?> context,
                Map<String, ?> data,
                boolean parentHidden,
                String keyPrefix,
                boolean inList) {
            for (FormComponent c : components) {
                boolean hidden = parentHidden || hides(c, data);
                switch (c.type().kind()) {
                    case DISPLAY -> {}
                    case GROUP ->
                        components(
                                c.components(),
                                concat(prefix, c.pathSegments()),
                                scope,
                                context,
                                data,
                                hidden,
                                keyPrefix,
                                inList);
                    case LIST -> list(c, concat(prefix, c.pathSegments()), scope, data, hidden, keyPrefix);
                    case INPUT -> input(c, concat(prefix, c.keyPath()), scope, context, hidden, keyPrefix, inList);
                }
            }
        }

        private void list(
                FormComponent c,
                List<String> path,
                Map<String, ?> scope,
                Map<String, ?> data,
                boolean hidden,
                String keyPrefix) {
            String key = keyPrefix + FormValues.keyString(path);
            Object value = FormValues.get(scope, path);
            if (skipHidden(hidden, key, value)) {
                return;
            }
            if (value == null) {
                return;
            }
            if (!(value instanceof List<?> items)) {
                errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                String itemKey = key + "[" + i + "]";
                if (!(items.get(i) instanceof Map<?, ?> item)) {
                    errors.add(new FieldError(itemKey, FormMessages.INVALID_TYPE));
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, ?> itemValues = (Map<String, ?>) item;
                components(
                        c.components(),
                        List.of(),
                        itemValues,
                        Map.of(),
                        FormValues.overlay(data, itemValues),
                        false,
                        itemKey + ".",
                        true);
            }
        }

        /** A hidden component is checked no further; it carries no value, or that is an error. */
        private boolean skipHidden(boolean hidden, String key, Object value) {
            if (hidden && value != null) {
                errors.add(new FieldError(key, FormMessages.NOT_EDITABLE));
            }
            return hidden;
        }

        private void input(
                FormComponent c,
                List<String> path,
                Map<String, ?> scope,
                Map<String, ?> context,
                boolean hidden,
                String keyPrefix,
                boolean inList) {
            String key = keyPrefix + FormValues.keyString(path);
            Object value = FormValues.get(scope, path);
            if (skipHidden(hidden, key, value)) {
                return;
            }
            if (!c.editable()) {
                if (value != null && !inList && !FormValues.sameValue(value, FormValues.get(context, path))) {
                    errors.add(new FieldError(key, FormMessages.NOT_EDITABLE));
                }
                return;
            }
            if (isEmpty(c, value)) {
                if (c.required()) {
                    errors.add(new FieldError(key, FormMessages.REQUIRED));
                }
                return;
            }
            switch (c.type()) {
                case TEXTFIELD, TEXTAREA -> text(c, key, value);
                case NUMBER -> number(c, key, value);
                case CHECKBOX -> {
                    if (!(value instanceof Boolean)) {
                        errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                    }
                }
                case SELECT, RADIO -> {
                    if (option(c, value).isEmpty()) {
                        errors.add(new FieldError(key, FormMessages.INVALID_OPTION));
                    }
                }
                case CHECKLIST -> {
                    if (!(value instanceof Collection<?> chosen)) {
                        errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                    } else if (chosen.stream().anyMatch(v -> option(c, v).isEmpty())) {
                        errors.add(new FieldError(key, FormMessages.INVALID_OPTION));
                    }
                }
                case DATETIME -> date(key, value);
                case FILEPICKER -> files(c, key, value);
                default -> throw new IllegalStateException("not an input: " + c.type());
            }
        }

        private void text(FormComponent c, String key, Object value) {
            if (!(value instanceof String s)) {
                errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                return;
            }
            Validation v = c.validate();
            String stripped = s.strip();
            int length = stripped.codePointCount(0, stripped.length());
            if (v.minLength() != null && length < v.minLength()) {
                errors.add(new FieldError(key, FormMessages.MIN_LENGTH, String.valueOf(v.minLength())));
            }
            if (v.maxLength() != null && length > v.maxLength()) {
                errors.add(new FieldError(key, FormMessages.MAX_LENGTH, String.valueOf(v.maxLength())));
            }
            if (v.pattern() != null && !v.pattern().matcher(s).matches()) {
                errors.add(new FieldError(key, FormMessages.PATTERN, v.pattern().pattern()));
            }
        }

        private void number(FormComponent c, String key, Object value) {
            if (!(value instanceof Number n)) {
                errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                return;
            }
            BigDecimal d = FormValues.toBigDecimal(n);
            if (d == null) {
                errors.add(new FieldError(key, FormMessages.NUMBER_INVALID));
                return;
            }
            Validation v = c.validate();
            if (v.min() != null && d.compareTo(v.min()) < 0) {
                errors.add(new FieldError(key, FormMessages.MIN, plain(v.min())));
            }
            if (v.max() != null && d.compareTo(v.max()) > 0) {
                errors.add(new FieldError(key, FormMessages.MAX, plain(v.max())));
            }
            if (c.decimalDigits() != null && Math.max(0, d.stripTrailingZeros().scale()) > c.decimalDigits()) {
                errors.add(
                        c.decimalDigits() == 0
                                ? new FieldError(key, FormMessages.INTEGER)
                                : new FieldError(key, FormMessages.DECIMAL_DIGITS, String.valueOf(c.decimalDigits())));
            }
            if (c.increment() != null && d.remainder(c.increment()).signum() != 0) {
                errors.add(new FieldError(key, FormMessages.INCREMENT, plain(c.increment())));
            }
        }

        private void date(String key, Object value) {
            if (value instanceof LocalDate) {
                return;
            }
            if (!(value instanceof String s)) {
                errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                return;
            }
            try {
                LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(key, FormMessages.DATE_INVALID));
            }
        }

        private void files(FormComponent c, String key, Object value) {
            Collection<?> files =
                    value instanceof UploadedFile f ? List.of(f) : value instanceof Collection<?> list ? list : null;
            if (files == null || files.stream().anyMatch(f -> !(f instanceof UploadedFile))) {
                errors.add(new FieldError(key, FormMessages.INVALID_TYPE));
                return;
            }
            int most = c.multiple() ? rules.maxFiles() : 1;
            if (files.size() > most) {
                errors.add(new FieldError(key, FormMessages.FILE_TOO_MANY, String.valueOf(most)));
            }
            for (Object f : files) {
                rules.check(key, (UploadedFile) f, c.accept()).ifPresent(errors::add);
            }
        }
    }

    public static Optional<Option> option(FormComponent c, Object value) {
        return c.values().stream()
                .filter(o -> FormValues.sameValue(o.value(), value))
                .findFirst();
    }

    static boolean isEmpty(FormComponent c, Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || c.type() == ComponentType.CHECKBOX && Boolean.FALSE.equals(value)
                || value instanceof Collection<?> list && list.isEmpty();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
