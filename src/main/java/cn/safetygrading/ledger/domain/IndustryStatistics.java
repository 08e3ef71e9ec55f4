package cn.safetygrading.ledger.domain;

/** Counts of the active ledger of one GB/T 4754 section (门类); enterprises without an industry under code "". */
public record IndustryStatistics(
        String sectionCode,
        String sectionName,
        long total,
        long classI,
        long classII,
        long gradeA,
        long gradeB,
        long gradeC,
        long gradeD,
        long ungraded)
        implements LedgerTally {

    @Override
    public String label() {
        return sectionName == null || sectionName.isEmpty() ? sectionCode : sectionCode + " " + sectionName;
    }
}
