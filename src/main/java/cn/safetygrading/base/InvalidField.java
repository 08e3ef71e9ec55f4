package cn.safetygrading.base;

/**
 * Input refused on one field: the field's name (as the JSON or form names it) and the i18n key of the
 * sentence that says why, in the user's language. The features' own refusals extend it.
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String key;

    public InvalidField(String field, String key) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
