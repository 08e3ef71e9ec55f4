package cn.safetygrading.supervision.domain;

/** An enterprise whose grade calls for roving stationing, whether it runs, and the newest manager's choice (null: none). */
public record RovingCandidate(
        String uscc,
        String name,
        String regionName,
        String enterpriseClass,
        String grade,
        String supervisingDepartment,
        boolean running,
        Boolean station,
        String reason,
        String decidedBy,
        java.time.OffsetDateTime decidedAt) {}
