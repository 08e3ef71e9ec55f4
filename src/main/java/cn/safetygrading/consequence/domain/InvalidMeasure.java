package cn.safetygrading.consequence.domain;

import cn.safetygrading.base.InvalidField;

/** A measure refused on one field; the message key says why in the user's language. */
public class InvalidMeasure extends InvalidField {

    public InvalidMeasure(String field, String key) {
        super(field, key);
    }
}
