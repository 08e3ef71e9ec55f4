package cn.safetygrading.facts.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One entry of a register: the frame every register shares and its own fields by JSON name
 * ({@code values}, the day it happened included). {@code recordedBy} is the official's login,
 * {@code recordedByName} the display name shown for it (登记人).
 */
public record FactEntry(
        String id,
        String uscc,
        Register register,
        LocalDate occurredOn,
        String documentNo,
        String recordedBy,
        String recordedByName,
        OffsetDateTime recordedAt,
        String supersededBy,
        String gradeEvent,
        Map<String, Object> values) {

    public boolean superseded() {
        return supersededBy != null;
    }
}
