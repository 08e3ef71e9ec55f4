package cn.safetygrading.supervision.domain;

import java.time.OffsetDateTime;

/** An enterprise's question to its 包保 person (首问负责) and the answer, null until answered. */
public record Consultation(
        String id,
        String uscc,
        String question,
        String askedBy,
        OffsetDateTime askedAt,
        String supervisor,
        String answer,
        String answeredBy,
        OffsetDateTime answeredAt) {}
