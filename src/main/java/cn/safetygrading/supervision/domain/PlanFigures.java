package cn.safetygrading.supervision.domain;

/**
 * One row of a plan's statistics (seed 000: 分行业、分领域、分区域): the enterprises of one region, one
 * 直接监管责任部门 or one industry section in the plan, how many were drawn and inspected in the year and how
 * many are overdue. {@code dimension} is REGION, DEPARTMENT or INDUSTRY; {@code label} is null when the
 * ledger leaves the department or industry blank.
 */
public record PlanFigures(String dimension, String label, int enterprises, int drawn, int inspected, int overdue) {

    public static final String REGION = "REGION";
    public static final String DEPARTMENT = "DEPARTMENT";
    public static final String INDUSTRY = "INDUSTRY";
}
