package cn.safetygrading.consequence.domain;

import java.time.LocalDate;

/** What an official enters for a measure (each part checked by the service, refusals name the field). */
public record NewMeasure(
        String kind, LocalDate decidedOn, String documentNo, String issuingDepartment, String reason) {}
