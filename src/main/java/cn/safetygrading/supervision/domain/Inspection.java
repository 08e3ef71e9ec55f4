package cn.safetygrading.supervision.domain;

import java.time.LocalDate;

/** A drawn inspection and its record: who inspected, what they found, the order and how it ended. */
public record Inspection(
        String id,
        String uscc,
        String drawId,
        String inspectors,
        LocalDate plannedOn,
        String status,
        LocalDate doneOn,
        String processInstanceId,
        String site,
        String legalRepresentative,
        String timeSpan,
        String findings,
        String legalBasis,
        LocalDate orderDeadline,
        boolean penalty,
        String rectification,
        String result,
        String recheckNote,
        boolean published) {}
