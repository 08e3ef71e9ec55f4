package cn.safetygrading.security.domain;

import java.time.OffsetDateTime;

/** Our row beside the Camunda identity user: display name, region scope, department, bound enterprise. */
public record AccountProfile(
        String userId,
        String displayName,
        String regionCode,
        String department,
        String uscc,
        OffsetDateTime createdAt) {}
