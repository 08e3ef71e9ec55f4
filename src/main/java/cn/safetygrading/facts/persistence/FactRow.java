package cn.safetygrading.facts.persistence;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of a register's table. The frame every register shares is typed; {@code columns} is the
 * whole row as column → JSON value ({@code to_jsonb}: dates as ISO text, amounts as BigDecimal),
 * because each register has columns of its own (see {@code Register}); the service reads them by
 * the register's fields and types.
 */
public record FactRow(
        String id,
        String uscc,
        String recordedBy,
        String recordedByName,
        OffsetDateTime recordedAt,
        String supersededBy,
        String gradeEvent,
        Map<String, Object> columns) {

    public boolean superseded() {
        return supersededBy != null;
    }
}
