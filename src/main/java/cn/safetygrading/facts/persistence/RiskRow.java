package cn.safetygrading.facts.persistence;

/** The risk facts in force of an enterprise (register risk-facts), as the decisions read them. */
public record RiskRow(Boolean majorHazardSource, Boolean hazardousPlace, Integer workersAtOnce, String assessedLevel) {}
