package cn.safetygrading.ledger.domain;

/** One industry a department of a region answers for, as 行业主管部门 (COMPETENT) or 直接监管责任部门 (SUPERVISING). */
public record DepartmentDuty(String departmentName, String regionCode, String industryCode, String role) {

    public static final String COMPETENT = "COMPETENT";
    public static final String SUPERVISING = "SUPERVISING";
}
