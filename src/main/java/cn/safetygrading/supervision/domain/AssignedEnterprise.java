package cn.safetygrading.supervision.domain;

/** An assigned enterprise with its risk level, decided and actual grid level, supervisor and override. */
public record AssignedEnterprise(
        String uscc,
        String name,
        String enterpriseRegion,
        String riskLevel,
        String decidedLevel,
        String gridLevel,
        String unitName,
        String supervisor,
        String supervisorName,
        String overrideBy,
        java.time.OffsetDateTime overrideAt,
        String overrideReason) {}
