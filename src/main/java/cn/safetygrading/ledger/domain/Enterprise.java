package cn.safetygrading.ledger.domain;

import java.time.OffsetDateTime;

/** One enterprise of the ledger (基础信息台账), as stored; {@code creditGrade} (a…d) is decided from the fact registers. */
public record Enterprise(
        String uscc,
        String name,
        String address,
        String industryCode,
        String regionCode,
        String regionName,
        String enterpriseClass,
        String grade,
        String managementLevel,
        String competentDepartment,
        String supervisingDepartment,
        String remark,
        String riskLevel,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String creditGrade) {}
