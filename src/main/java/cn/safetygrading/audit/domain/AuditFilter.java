package cn.safetygrading.audit.domain;

import java.time.OffsetDateTime;

/**
 * What to show: a time range (from inclusive, to exclusive), an actor, a door, a table (our log) or
 * entity type (the engine's), and a record: a USCC, a record key, or a process instance or task id.
 * Null or blank means any.
 */
public record AuditFilter(
        AuditSource source,
        OffsetDateTime from,
        OffsetDateTime to,
        String actor,
        Door door,
        String table,
        String record) {

    public AuditFilter {
        source = source == null ? AuditSource.APP : source;
        actor = blankToNull(actor);
        table = blankToNull(table);
        record = blankToNull(record);
    }

    public static AuditFilter all(AuditSource source) {
        return new AuditFilter(source, null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
