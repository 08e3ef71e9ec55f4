package cn.safetygrading.supervision.domain;

/** Supervision at a glance for a region: hazards, inspections this year, stationing, overdue 包保 duties. */
public record SupervisionFigures(
        long openHazards,
        long overdueHazards,
        long listedMajorHazards,
        long inspectionsDone,
        long inspectionsPlanned,
        long activeStationing,
        long overdueDuties) {}
