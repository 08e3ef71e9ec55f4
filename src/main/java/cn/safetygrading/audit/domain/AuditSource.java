package cn.safetygrading.audit.domain;

/** Where an entry comes from: our tables' triggers and login events, or Camunda's user operation log. */
public enum AuditSource {
    APP,
    ENGINE
}
