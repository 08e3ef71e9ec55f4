package cn.safetygrading.admin.domain;

import java.util.Arrays;

/**
 * Input an administrator must correct: names the field, and the sentence (an i18n key of the admin
 * bundle with its arguments) that says why. Nothing was stored.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    public InvalidInput(String field, String key, Object... args) {
        super(field + ": " + key + Arrays.toString(args));
        this.field = field;
        this.key = key;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
