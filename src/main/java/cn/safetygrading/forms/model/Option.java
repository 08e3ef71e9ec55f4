package cn.safetygrading.forms.model;

import java.io.Serializable;

/**
 * One static option of a select, radio or checklist. {@code value} keeps the JSON type: a
 * {@link String}, a {@link Boolean}, or a number ({@link Long} when integral, else {@link Double}).
 */
public record Option(String label, Object value) implements Serializable {}
