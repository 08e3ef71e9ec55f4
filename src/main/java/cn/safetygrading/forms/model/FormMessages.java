package cn.safetygrading.forms.model;

import java.util.List;

/** The message keys a {@link FieldError} carries; all are in {@code i18n/form_*.properties}. */
public final class FormMessages {

    /** Required and missing (blank text, unchecked required checkbox, nothing chosen, no file). */
    public static final String REQUIRED = "form.required";
    /** {0}: the minimum. */
    public static final String MIN = "form.min";
    /** {0}: the maximum. */
    public static final String MAX = "form.max";
    /** {0}: the minimum length (characters, surrounding blanks not counted). */
    public static final String MIN_LENGTH = "form.minLength";
    /** {0}: the maximum length. */
    public static final String MAX_LENGTH = "form.maxLength";
    /** {0}: the pattern. */
    public static final String PATTERN = "form.pattern";
    /** A number was expected but the input is not one. */
    public static final String NUMBER_INVALID = "form.number.invalid";
    /** decimalDigits 0 and a fraction was given. */
    public static final String INTEGER = "form.integer";
    /** {0}: the number of decimals allowed. */
    public static final String DECIMAL_DIGITS = "form.decimalDigits";
    /** {0}: the increment the value must be a multiple of. */
    public static final String INCREMENT = "form.increment";
    /** Not a date (yyyy-MM-dd). */
    public static final String DATE_INVALID = "form.date.invalid";
    /** The value is not one of the options. */
    public static final String INVALID_OPTION = "form.invalidOption";
    /** The value has the wrong type for its field (e.g. a number for a text field). */
    public static final String INVALID_TYPE = "form.invalidType";
    /** A value was submitted for a field that is hidden, or changed for one that is read-only or disabled. */
    public static final String NOT_EDITABLE = "form.notEditable";
    /** {0}: file name, {1}: the maximum size (e.g. "20 MB"). */
    public static final String FILE_TOO_LARGE = "form.file.tooLarge";
    /** {0}: file name, {1}: the accepted types. */
    public static final String FILE_TYPE = "form.file.type";
    /** {0}: file name. An executable or active-content type, refused whatever the form accepts. */
    public static final String FILE_BLOCKED = "form.file.blocked";
    /** {0}: file name. The content is not what the extension says. */
    public static final String FILE_CONTENT = "form.file.content";
    /** {0}: file name. */
    public static final String FILE_EMPTY = "form.file.empty";
    /** {0}: file name. A name with control characters or without a name part. */
    public static final String FILE_NAME = "form.file.name";
    /** {0}: the most files allowed. */
    public static final String FILE_TOO_MANY = "form.file.tooMany";

    public static final List<String> ALL = List.of(
            REQUIRED,
            MIN,
            MAX,
            MIN_LENGTH,
            MAX_LENGTH,
            PATTERN,
            NUMBER_INVALID,
            INTEGER,
            DECIMAL_DIGITS,
            INCREMENT,
            DATE_INVALID,
            INVALID_OPTION,
            INVALID_TYPE,
            NOT_EDITABLE,
            FILE_TOO_LARGE,
            FILE_TYPE,
            FILE_BLOCKED,
            FILE_CONTENT,
            FILE_EMPTY,
            FILE_NAME,
            FILE_TOO_MANY);

    private FormMessages() {}
}
