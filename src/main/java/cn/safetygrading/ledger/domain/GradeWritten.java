package cn.safetygrading.ledger.domain;

/**
 * Published (synchronously, in the writer's transaction) when a grade and its supervision measures
 * are written to the ledger, so that other features follow them without the ledger knowing them.
 */
public record GradeWritten(String uscc, String grade, Integer inspectionIntervalMonths, String stationing) {}
