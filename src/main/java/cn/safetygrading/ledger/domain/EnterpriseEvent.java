package cn.safetygrading.ledger.domain;

import java.time.OffsetDateTime;

/** One entry of an enterprise's file (一企一档). Never updated, never deleted. */
public record EnterpriseEvent(
        Long id,
        String uscc,
        OffsetDateTime occurredAt,
        String type,
        String actor,
        String summary,
        String details,
        String idempotencyKey) {}
