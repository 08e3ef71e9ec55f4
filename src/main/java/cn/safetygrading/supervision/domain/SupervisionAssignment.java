package cn.safetygrading.supervision.domain;

/** The 包保 assignment of an enterprise: grid level, unit, supervisor, duties process, decided risk and grid level. */
public record SupervisionAssignment(
        String uscc,
        String gridLevel,
        String regionCode,
        String supervisor,
        String processInstanceId,
        String riskLevel,
        String decidedLevel) {}
