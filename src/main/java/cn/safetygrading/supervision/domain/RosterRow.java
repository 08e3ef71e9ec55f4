package cn.safetygrading.supervision.domain;

/** One enterprise's line of the monthly roster: township, 包保 person and phone, the month's duties and problems. */
public record RosterRow(
        String township,
        String uscc,
        String name,
        String riskLevel,
        String gridLevel,
        String unitName,
        String supervisorName,
        String phone,
        long due,
        long done,
        long overdue,
        long escalated,
        long problemsReported,
        long problemsOpen,
        long consultations) {}
