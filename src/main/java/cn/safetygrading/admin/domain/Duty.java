package cn.safetygrading.admin.domain;

/** One line of the 任务分工: a department answers for an industry (GB/T 4754 大类) in a role. */
public record Duty(String departmentId, String industryCode, String role) {

    public static final String COMPETENT = "COMPETENT";
    public static final String SUPERVISING = "SUPERVISING";
}
