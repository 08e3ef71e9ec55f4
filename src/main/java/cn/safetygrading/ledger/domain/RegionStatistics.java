package cn.safetygrading.ledger.domain;

/** Counts of the active ledger of one region: by class and by grade. */
public record RegionStatistics(
        String regionCode,
        String regionName,
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
        return regionName;
    }
}
