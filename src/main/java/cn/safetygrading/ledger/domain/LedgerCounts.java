package cn.safetygrading.ledger.domain;

/** The totals of a ledger's header: all enterprises listed, and how many of class Ⅰ and Ⅱ. */
public record LedgerCounts(long total, long classI, long classII) {}
