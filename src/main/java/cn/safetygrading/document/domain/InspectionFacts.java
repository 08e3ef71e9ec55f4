package cn.safetygrading.document.domain;

import java.time.LocalDate;

/**
 * What the 现场检查记录 and the 整改指令书 of one inspection print: the record as the inspectors filed it
 * (InspectionService) with the enterprise and the inspectors' display names.
 */
public record InspectionFacts(
        String id,
        String uscc,
        String enterpriseName,
        String address,
        String regionCode,
        String inspectorNames,
        LocalDate plannedOn,
        String status,
        LocalDate doneOn,
        String site,
        String legalRepresentative,
        String timeSpan,
        String findings,
        String legalBasis,
        LocalDate orderDeadline,
        boolean penalty,
        String rectification,
        String result,
        String recheckNote) {

    /** Recorded on site (the record exists). */
    public boolean recorded() {
        return doneOn != null && findings != null;
    }

    /** The record ordered a rectification (整改指令). */
    public boolean ordered() {
        return recorded() && orderDeadline != null;
    }
}
