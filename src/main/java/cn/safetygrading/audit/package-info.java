/**
 * The audit log: who changed which decisive record, when, through which door, and the values before
 * and after, recorded by the database and readable and exportable by administrators only.
 */
package cn.safetygrading.audit;
