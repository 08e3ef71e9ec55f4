/** The managers' dashboard: the ledger by region, class and grade, open and overdue work. */
package cn.safetygrading.dashboard;
