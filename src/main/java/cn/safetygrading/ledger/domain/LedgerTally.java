package cn.safetygrading.ledger.domain;

/** Counts of part of the active ledger (a region, an industry section): by class and by grade. */
public interface LedgerTally {

    /** What the counts are of, as shown (the region's or the section's name). */
    String label();

    long total();

    long classI();

    long classII();

    long gradeA();

    long gradeB();

    long gradeC();

    long gradeD();

    long ungraded();
}
