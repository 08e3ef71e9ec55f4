package cn.safetygrading.document.domain;

import java.time.OffsetDateTime;

/** One step of a case as its 审批单 prints it: the official's display name, not the account id. */
public record RoundLine(
        String kind,
        int round,
        String actorName,
        OffsetDateTime decidedAt,
        String outcome,
        String grade,
        String comment) {}
