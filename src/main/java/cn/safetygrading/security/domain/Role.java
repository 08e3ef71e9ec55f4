package cn.safetygrading.security.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the platform. Each role is a Camunda identity group; officials are in addition
 * members of a region group {@code <group>-<division code>} (e.g. {@code reviewer-371002}) and, with a
 * department, of its group {@code <group>-<department id>} (e.g. {@code reviewer-371002-housing}), which
 * the processes use as candidate groups.
 */
public enum Role {
    ADMIN("camunda-admin"),
    MANAGER("manager"),
    REVIEWER("reviewer"),
    EXPERT("expert"),
    SUPERVISOR("supervisor"),
    INSPECTOR("inspector"),
    ENTERPRISE("enterprise");

    /** Role names as used in {@code @RolesAllowed} (Spring adds the ROLE_ prefix). */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String MANAGER_NAME = "MANAGER";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String EXPERT_NAME = "EXPERT";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String INSPECTOR_NAME = "INSPECTOR";
    public static final String ENTERPRISE_NAME = "ENTERPRISE";

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Officials work tasks of their region; the enterprise role does not. */
    public boolean isOfficial() {
        return this != ENTERPRISE;
    }

    /** The candidate group of this role in a region ({@code reviewer-371002}) or, for enterprises, of one USCC. */
    public String regionGroup(String regionCode) {
        return groupId + "-" + regionCode;
    }

    /** The candidate group of this role in a department ({@code reviewer-371002-housing}, by the department's id). */
    public String departmentGroup(String departmentId) {
        return groupId + "-" + departmentId;
    }

    /** Whether the group is one the platform derives from roles: a role's own, its region's, department's or enterprise's. */
    public static boolean isRoleDerived(String groupId) {
        return Arrays.stream(values()).anyMatch(r -> groupId.equals(r.groupId) || groupId.startsWith(r.groupId + "-"));
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
