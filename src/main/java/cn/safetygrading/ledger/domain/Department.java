package cn.safetygrading.ledger.domain;

/** A department with safety-supervision duties (行业主管部门 or 直接监管责任部门) of a region. */
public record Department(String id, String name, String regionCode) {
}
