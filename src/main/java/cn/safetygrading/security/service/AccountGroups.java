package cn.safetygrading.security.service;

import static cn.safetygrading.security.service.AccountService.DEPLOYER_GROUP;
import static cn.safetygrading.security.service.AccountService.DEPLOYER_ROLE;

import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.persistence.AccountMapper;
import cn.safetygrading.security.persistence.AccountMapper.DepartmentRef;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The Camunda groups of an account: the ones the platform derives from its roles, region, department and
 * enterprise (the candidate groups of the processes), created on first use, joined and reconciled. Used by
 * {@link AccountService}.
 */
@Component
class AccountGroups {

    private final IdentityService identityService;
    private final AccountMapper accounts;

    AccountGroups(IdentityService identityService, AccountMapper accounts) {
        this.identityService = identityService;
        this.accounts = accounts;
    }

    /** The known department a stated name or id means, if any. */
    Optional<DepartmentRef> department(String stated) {
        return stated == null || stated.isBlank() ? Optional.empty() : accounts.department(stated);
    }

    /** The groups the platform derives from an account's roles, region, department and enterprise. */
    static Set<String> derived(Set<Role> roles, String regionCode, Optional<DepartmentRef> department, String uscc) {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            groups.add(role.groupId());
            if (role.isOfficial() && role != Role.ADMIN && regionCode != null) {
                groups.add(role.regionGroup(regionCode));
            }
            if (role.isOfficial() && role != Role.ADMIN && department.isPresent()) {
                // the department's candidate group, e.g. reviewer-371002-housing for its 初审
                groups.add(role.departmentGroup(department.get().id()));
            }
            if (role == Role.ENTERPRISE && uscc != null) {
                // the enterprise's candidate group, e.g. enterprise-91371002MA31000019 for its self-assessment
                groups.add(role.regionGroup(uscc));
            }
        }
        return groups;
    }

    /** Leaves the role-derived groups not wanted and joins the wanted ones; other groups (deployer) stay. */
    void reconcile(String userId, Set<String> wanted) {
        for (Group group :
                identityService.createGroupQuery().groupMember(userId).list()) {
            if (Role.isRoleDerived(group.getId()) && !wanted.contains(group.getId())) {
                identityService.deleteMembership(userId, group.getId());
            }
        }
        wanted.forEach(g -> join(userId, g));
    }

    /** Joins {@code <role>-<department id>} for each official role of the account; the number of groups joined. */
    int joinDepartmentGroups(String userId, DepartmentRef department) {
        int joined = 0;
        for (Group group :
                identityService.createGroupQuery().groupMember(userId).list()) {
            Optional<Role> role = Role.ofGroup(group.getId());
            if (role.isPresent() && role.get().isOfficial() && role.get() != Role.ADMIN) {
                joined += join(userId, role.get().departmentGroup(department.id())) ? 1 : 0;
            }
        }
        return joined;
    }

    /** Leaves every group. */
    void leaveAll(String userId) {
        identityService
                .createGroupQuery()
                .groupMember(userId)
                .list()
                .forEach(g -> identityService.deleteMembership(userId, g.getId()));
    }

    /** Joins the group (created if new); false if the account was a member already. */
    boolean join(String userId, String groupId) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(groupName(groupId));
            group.setType(groupId.equals(Role.ADMIN.groupId()) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService
                        .createUserQuery()
                        .userId(userId)
                        .memberOfGroup(groupId)
                        .count()
                == 0) {
            identityService.createMembership(userId, groupId);
            return true;
        }
        return false;
    }

    /** A new group's name as before: the role's name, then what it is of ({@code REVIEWER 371002-housing}). */
    private static String groupName(String groupId) {
        if (groupId.equals(DEPLOYER_GROUP)) {
            return DEPLOYER_ROLE;
        }
        for (Role role : Role.values()) {
            if (groupId.equals(role.groupId())) {
                return role.name();
            }
            if (groupId.startsWith(role.groupId() + "-")) {
                return role.name() + " " + groupId.substring(role.groupId().length() + 1);
            }
        }
        return groupId;
    }
}
