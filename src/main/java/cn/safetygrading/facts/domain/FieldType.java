package cn.safetygrading.facts.domain;

/** How a register field is written in JSON and stored. */
public enum FieldType {
    DATE,
    INTEGER,
    AMOUNT,
    BOOLEAN,
    TEXT,
    CHOICE
}
