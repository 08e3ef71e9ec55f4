package cn.safetygrading.supervision.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One enterprise in a region's inspection plan for a year: its interval (from its grade), when it
 * was last inspected, when it is next due and every date it falls due within the year.
 * {@code key} marks a class-Ⅰ enterprise of major or larger risk, which must be covered within the year;
 * {@code watch} one in its watch period (inspected at least as often as grade C of its class);
 * {@code drawnOpen} one drawn and not yet inspected (not drawn again until it is);
 * {@code creditGrade} the credit grade (a…d) when its industry is credit-graded (seed 001), else null;
 * {@code blacklisted} one of credit grade d of a credit-graded industry (黑名单, 重点监管对象).
 */
public record PlanEntry(
        String uscc,
        String name,
        String regionName,
        String enterpriseClass,
        String grade,
        String riskLevel,
        int intervalMonths,
        LocalDate lastInspected,
        LocalDate nextDue,
        List<LocalDate> dueInYear,
        boolean key,
        String managementLevel,
        String supervisingDepartment,
        boolean watch,
        boolean drawnOpen,
        String creditGrade,
        boolean blacklisted) {

    public PlanEntry(
            String uscc,
            String name,
            String regionName,
            String enterpriseClass,
            String grade,
            String riskLevel,
            int intervalMonths,
            LocalDate lastInspected,
            LocalDate nextDue,
            List<LocalDate> dueInYear,
            boolean key) {
        this(
                uscc,
                name,
                regionName,
                enterpriseClass,
                grade,
                riskLevel,
                intervalMonths,
                lastInspected,
                nextDue,
                dueInYear,
                key,
                null,
                null,
                false,
                false,
                null,
                false);
    }

    public boolean dueBy(LocalDate date) {
        return !nextDue.isAfter(date);
    }
}
