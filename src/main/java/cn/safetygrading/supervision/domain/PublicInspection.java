package cn.safetygrading.supervision.domain;

import java.time.LocalDate;

/** A finished inspection as published (双随机、一公开): who was inspected when, what was found, how it ended. */
public record PublicInspection(
        String enterpriseName, String regionName, LocalDate doneOn, String findings, String result) {}
