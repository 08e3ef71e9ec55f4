package cn.safetygrading.admin.service;

import cn.safetygrading.admin.domain.AccountRow;
import cn.safetygrading.admin.domain.InvalidInput;
import cn.safetygrading.admin.domain.Unit;
import cn.safetygrading.admin.persistence.AccountListMapper;
import cn.safetygrading.base.Text;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.RegionTree;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.service.AccountService;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts kept by administrators: opened with roles, region, department (one of the region's) or a
 * bound enterprise, and a password the policy accepts; changed (name, roles, region, department: the
 * memberships follow, {@link AccountService#changeProfile}); given a new password; disabled. Nobody
 * disables or demotes themselves. Every refusal names its field, and stores nothing.
 */
@Service
@Transactional
public class AccountAdminService {

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final int MAX_NAME = 100;

    private final AccountService accounts;
    private final AccountListMapper list;
    private final UnitService units;
    private final RegionTree regions;
    private final IdentityService identity;
    private final Departments departments;

    public AccountAdminService(
            AccountService accounts,
            AccountListMapper list,
            UnitService units,
            RegionTree regions,
            IdentityService identity,
            Departments departments) {
        this.departments = departments;
        this.accounts = accounts;
        this.list = list;
        this.units = units;
        this.regions = regions;
        this.identity = identity;
    }

    /** A filter of the list; any part may be null. */
    public record Filter(Role role, String regionCode, String department, String name) {}

    @Transactional(readOnly = true)
    public List<AccountRow> page(Account actor, Filter filter, long offset, int limit) {
        UnitService.requireAdmin(actor);
        List<String> ids = roleMembers(filter.role());
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        return list.page(
                Text.blankToNull(filter.regionCode()),
                Text.blankToNull(filter.department()),
                Text.blankToNull(filter.name()),
                ids,
                offset,
                limit);
    }

    @Transactional(readOnly = true)
    public long count(Account actor, Filter filter) {
        UnitService.requireAdmin(actor);
        List<String> ids = roleMembers(filter.role());
        if (ids != null && ids.isEmpty()) {
            return 0;
        }
        return list.count(
                Text.blankToNull(filter.regionCode()),
                Text.blankToNull(filter.department()),
                Text.blankToNull(filter.name()),
                ids);
    }

    private List<String> roleMembers(Role role) {
        return role == null
                ? null
                : identity.createUserQuery().memberOfGroup(role.groupId()).list().stream()
                        .map(User::getId)
                        .toList();
    }

    /** The account with its roles and groups (null when there is none). */
    @Transactional(readOnly = true)
    public Account find(Account actor, String userId) {
        UnitService.requireAdmin(actor);
        return userId == null ? null : accounts.find(userId).orElse(null);
    }

    public Account create(Account actor, NewAccount request) {
        UnitService.requireAdmin(actor);
        String userId = request.userId() == null ? "" : request.userId().strip();
        if (!LOGIN.matcher(userId).matches()) {
            throw new InvalidInput("userId", "admin.error.login");
        }
        if (accounts.exists(userId)) {
            throw new InvalidInput("userId", "admin.error.loginTaken", userId);
        }
        String name = displayName(request.displayName());
        Set<Role> roles = roles(request.roles());
        String uscc = Text.blankToNull(request.uscc());
        String region = Text.blankToNull(request.regionCode());
        String department = Text.blankToNull(request.department());
        if (roles.contains(Role.ENTERPRISE)) {
            if (uscc == null) {
                throw new InvalidInput("uscc", "admin.error.usccRequired");
            }
            if (!list.enterpriseExists(uscc)) {
                throw new InvalidInput("uscc", "admin.error.uscc", uscc);
            }
            department = null;
        } else {
            if (uscc != null) {
                throw new InvalidInput("uscc", "admin.error.usccOfficial");
            }
            checkScope(roles, region, department);
        }
        if (!accounts.satisfiesPasswordPolicy(userId, name, request.password())) {
            throw new InvalidInput("password", "admin.error.password");
        }
        return accounts.create(new NewAccount(userId, name, request.password(), roles, region, department, uscc));
    }

    public Account change(
            Account actor,
            String userId,
            String displayName,
            Set<Role> newRoles,
            String regionCode,
            String department) {
        UnitService.requireAdmin(actor);
        Account before = existing(userId);
        String name = displayName(displayName);
        Set<Role> roles = roles(newRoles);
        String region = Text.blankToNull(regionCode);
        String dept = Text.blankToNull(department);
        if (before.uscc() != null || roles.contains(Role.ENTERPRISE)) {
            if (!roles.equals(before.roles())) {
                throw new InvalidInput("roles", "admin.error.enterpriseRoles");
            }
            return accounts.changeProfile(userId, name, roles, before.regionCode(), null);
        }
        if (userId.equals(actor.userId()) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInput("roles", "admin.error.demoteSelf");
        }
        checkScope(roles, region, dept);
        return accounts.changeProfile(userId, name, roles, region, dept);
    }

    public void resetPassword(Account actor, String userId, String password) {
        UnitService.requireAdmin(actor);
        Account account = existing(userId);
        if (!accounts.satisfiesPasswordPolicy(userId, account.displayName(), password)) {
            throw new InvalidInput("password", "admin.error.password");
        }
        accounts.resetPassword(userId, password);
    }

    public void disable(Account actor, String userId) {
        UnitService.requireAdmin(actor);
        existing(userId);
        if (userId.equals(actor.userId())) {
            throw new InvalidInput("userId", "admin.error.disableSelf");
        }
        accounts.disable(userId);
    }

    @Transactional(readOnly = true)
    public boolean isDisabled(String userId) {
        return accounts.isDisabled(userId);
    }

    private Account existing(String userId) {
        return (userId == null ? java.util.Optional.<Account>empty() : accounts.find(userId))
                .orElseThrow(() -> new InvalidInput("userId", "admin.error.noAccount", String.valueOf(userId)));
    }

    /** Officials other than administrators need a region; a department must be one of that region's. */
    private void checkScope(Set<Role> roles, String region, String department) {
        boolean needsRegion = !(roles.size() == 1 && roles.contains(Role.ADMIN));
        if (region == null) {
            if (needsRegion) {
                throw new InvalidInput("regionCode", "admin.error.regionRequired");
            }
        } else if (regions.find(region).isEmpty()) {
            throw new InvalidInput("regionCode", "admin.error.region", region);
        }
        // the name as the annex writes it, or a short form people write (市住建局): the department it names
        String named = department == null
                ? null
                : departments.resolve(department).map(d -> d.name()).orElse(department);
        if (named != null && units.inRegion(region).stream().map(Unit::name).noneMatch(named::equals)) {
            throw new InvalidInput("department", "admin.error.departmentRegion", department);
        }
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("roles", "admin.error.roles");
        }
        Set<Role> copy = EnumSet.copyOf(roles);
        if (copy.contains(Role.ENTERPRISE) && copy.size() > 1) {
            throw new InvalidInput("roles", "admin.error.enterpriseAlone");
        }
        return copy;
    }

    private static String displayName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new InvalidInput("displayName", "admin.error.displayName", MAX_NAME);
        }
        return n;
    }
}
