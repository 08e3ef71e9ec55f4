package cn.safetygrading.dashboard.domain;

import cn.safetygrading.ledger.domain.LedgerTally;

/** Counts of the supervised ledger of one 直接监管责任部门 ("" for enterprises without one): by class and grade. */
public record DepartmentStatistics(
        String department,
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
        return department;
    }

    /** The same counts under another label (the view names the "" row). */
    public DepartmentStatistics labelled(String label) {
        return new DepartmentStatistics(label, total, classI, classII, gradeA, gradeB, gradeC, gradeD, ungraded);
    }
}
