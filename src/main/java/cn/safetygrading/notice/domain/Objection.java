package cn.safetygrading.notice.domain;

import java.time.OffsetDateTime;

/** An objection against a notice, with the receipt number its author follows it up by. */
public record Objection(
        String id,
        String receiptNo,
        String noticeId,
        String text,
        String contact,
        String clientHash,
        OffsetDateTime filedAt,
        String status,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decision) {}
