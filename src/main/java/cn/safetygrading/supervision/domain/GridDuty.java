package cn.safetygrading.supervision.domain;

/** A recorded duty of a supervisor with how often it was escalated. */
public record GridDuty(String taskId, String uscc, String duty, String supervisor, String regionCode, int escalation) {}
