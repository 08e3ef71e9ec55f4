package cn.safetygrading.supervision.domain;

/** One grid unit's month: duties due, done, overdue, escalated, and its enterprises. */
public record UnitMonthly(
        String regionCode,
        String regionName,
        String level,
        long due,
        long done,
        long overdue,
        long escalated,
        long enterprises) {}
