package cn.safetygrading.ledger.domain;

/**
 * A department with safety-supervision duties (行业主管部门 or 直接监管责任部门) of a region, named as the
 * annex writes it (环翠区住房和城乡建设局, 威海市应急管理局). Its id is {@code <region code>-<kind>}; the kind
 * (emergency, housing, transport, …) is what it is at every region, so the city has a counterpart of
 * each county department.
 */
public record Department(String id, String name, String regionCode, String kind) {

    /** The kind of the 应急管理局: its managers oversee their whole region (综合监管). */
    public static final String EMERGENCY = "emergency";

    public boolean isEmergency() {
        return EMERGENCY.equals(kind);
    }
}
