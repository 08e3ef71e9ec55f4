package cn.safetygrading.consequence.domain;

/** A measure refused on one field; the message key says why in the user's language. */
public class InvalidMeasure extends RuntimeException {

    private final String field;
    private final String key;

    public InvalidMeasure(String field, String key) {
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
