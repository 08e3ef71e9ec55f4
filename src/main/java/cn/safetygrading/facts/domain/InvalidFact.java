package cn.safetygrading.facts.domain;

/** Input a register refuses: the JSON field and the i18n key of the Chinese sentence that says why. */
public class InvalidFact extends RuntimeException {

    private final String field;
    private final String key;

    public InvalidFact(String field, String key) {
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
