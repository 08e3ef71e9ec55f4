package cn.safetygrading.audit.domain;

/** An entry the application writes itself (login failures, locks), beside those the triggers write. */
public record AuditEvent(String actor, Door door, String kind, String clientAddress, String detail) {}
