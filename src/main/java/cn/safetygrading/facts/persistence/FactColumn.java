package cn.safetygrading.facts.persistence;

/** A register's own column (a name of {@code Register}, never input) and the value to store in it. */
public record FactColumn(String name, Object value) {}
