package cn.safetygrading.forms.model;

/** A form file this renderer cannot show faithfully: unknown type, unparseable FEEL, bad rule, bad JSON. */
public class FormParseException extends IllegalArgumentException {

    public FormParseException(String message) {
        super(message);
    }

    public FormParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
