package cn.safetygrading.audit.domain;

import java.time.OffsetDateTime;

/**
 * One line of the audit log. {@code before} and {@code after} are JSON objects of the changed
 * columns (or, for the engine's log, the property and its values); {@code door} is null for the
 * engine's entries, which do not record it.
 */
public record AuditEntry(
        AuditSource source,
        String id,
        OffsetDateTime occurredAt,
        String actor,
        String door,
        String kind,
        String tableName,
        String recordKey,
        String uscc,
        String before,
        String after,
        String clientAddress,
        String detail) {}
