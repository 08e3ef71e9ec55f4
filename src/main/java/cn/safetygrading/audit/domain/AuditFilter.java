package cn.safetygrading.audit.domain;

import cn.safetygrading.base.Text;
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
        actor = Text.blankToNull(actor);
        table = Text.blankToNull(table);
        record = Text.blankToNull(record);
    }

    public static AuditFilter all(AuditSource source) {
        return new AuditFilter(source, null, null, null, null, null, null);
    }
}
