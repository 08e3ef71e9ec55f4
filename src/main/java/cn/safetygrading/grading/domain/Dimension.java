package cn.safetygrading.grading.domain;

/**
 * The six diagnosis dimensions of [000] (企业安全生产诊断): every checklist has exactly one section per
 * dimension. The Chinese name is what the checklist files and the wizard show.
 */
public enum Dimension {
    MANAGEMENT("安全生产管理"),
    WORKFORCE("从业人员安全素质"),
    RISK_AND_HAZARDS("安全风险管控和隐患排查治理"),
    INVESTMENT("安全生产投入"),
    PROCESS_AND_EQUIPMENT("工艺和设备安全运行"),
    INFORMATISATION("信息化智能化建设");

    private final String chineseName;

    Dimension(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The dimension's name as written in [000], e.g. 安全生产管理. */
    public String chineseName() {
        return chineseName;
    }

    /** i18n key of the dimension's name, e.g. {@code checklist.dimension.MANAGEMENT}. */
    public String messageKey() {
        return "checklist.dimension." + name();
    }
}
