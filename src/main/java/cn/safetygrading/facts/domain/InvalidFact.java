package cn.safetygrading.facts.domain;

import cn.safetygrading.base.InvalidField;

/** Input a register refuses: the JSON field and the i18n key of the Chinese sentence that says why. */
public class InvalidFact extends InvalidField {

    public InvalidFact(String field, String key) {
        super(field, key);
    }
}
