package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.AccountProfile;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.persistence.AccountMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts live in Camunda's identity tables (hashed, salted passwords; the same login for the UI,
 * {@code /engine-rest} and the Camunda webapps); our {@code account} table adds the profile.
 */
@Service
public class AccountService {

    /** The group allowed to deploy over {@code /engine-rest} (Camunda Modeler, release scripts); nobody else deploys. */
    public static final String DEPLOYER_GROUP = "deployer";
    /** The Spring role of {@link #DEPLOYER_GROUP} members (not a {@link Role}: a deployer works no tasks). */
    public static final String DEPLOYER_ROLE = "DEPLOYER";

    private final IdentityService identityService;
    private final AccountMapper accounts;
    private final Clock clock;

    public AccountService(IdentityService identityService, AccountMapper accounts, Clock clock) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Checks the password against the identity store. */
    public Optional<Account> authenticate(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null) {
            return Optional.empty();
        }
        if (accounts.disabled(userId)) {
            return Optional.empty(); // a disabled account signs in nowhere (its password is unknown as well)
        }
        if (!identityService.checkPassword(userId, password)) {
            // the engine counts failures and locks (for good after loginMaxAttempts): undone at once, failed
            // logins are throttled per address and account by LoginThrottle instead, never locked
            if (exists(userId)) {
                identityService.unlockUser(userId);
            }
            return Optional.empty();
        }
        return find(userId);
    }

    public Optional<Account> find(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.ofGroup(g).ifPresent(roles::add));
        Optional<AccountProfile> profile = accounts.find(userId);
        String displayName = profile.map(AccountProfile::displayName)
                .orElseGet(() -> joinName(user.getFirstName(), user.getLastName(), userId));
        return Optional.of(new Account(
                userId,
                displayName,
                roles,
                groups,
                profile.map(AccountProfile::regionCode).orElse(null),
                profile.map(AccountProfile::department).orElse(null),
                profile.map(AccountProfile::uscc).orElse(null)));
    }

    public boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    /**
     * Opens an account: the identity user, its role groups and (for officials with a region or a
     * department) the region and department groups used as candidate groups, plus the profile row. Idempotent for an existing user id.
     */
    @Transactional
    public Account create(NewAccount request) {
        return create(request, false);
    }

    /**
     * As {@link #create(NewAccount)}; {@code skipPasswordPolicy} only for the demo data's well-known
     * accounts (password {@code demo}), never for real ones.
     */
    @Transactional
    public Account create(NewAccount request, boolean skipPasswordPolicy) {
        validate(request);
        newUser(request.userId(), request.displayName(), request.password(), skipPasswordPolicy);
        Optional<AccountMapper.DepartmentRef> department = departmentOf(request.department());
        for (String group : groupsOf(request.roles(), request.regionCode(), department, request.uscc())) {
            join(request.userId(), group);
        }
        accounts.insert(new AccountProfile(
                request.userId(),
                request.displayName(),
                request.regionCode(),
                department.map(AccountMapper.DepartmentRef::name).orElse(request.department()),
                request.uscc(),
                OffsetDateTime.now(clock)));
        return find(request.userId()).orElseThrow();
    }

    /**
     * Changes an account's name, roles, region and department: the profile row is written (the audit
     * triggers record it) and the Camunda memberships the platform derives from roles (role, region and
     * department groups, an enterprise's own group) are reconciled with it; other groups (deployer) stay.
     * The department is stored by its name as the annex writes it when the text names a known one.
     */
    @Transactional
    public Account changeProfile(
            String userId, String displayName, Set<Role> roles, String regionCode, String department) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("no account " + userId);
        }
        Optional<AccountProfile> profile = accounts.find(userId);
        String uscc = profile.map(AccountProfile::uscc).orElse(null);
        validate(new NewAccount(userId, displayName, null, roles, regionCode, department, uscc));
        Optional<AccountMapper.DepartmentRef> known = departmentOf(department);
        String name = displayName == null || displayName.isBlank()
                ? profile.map(AccountProfile::displayName).orElse(userId)
                : displayName;
        Set<String> wanted = groupsOf(roles, regionCode, known, uscc);
        for (Group group :
                identityService.createGroupQuery().groupMember(userId).list()) {
            if (Role.isRoleDerived(group.getId()) && !wanted.contains(group.getId())) {
                identityService.deleteMembership(userId, group.getId());
            }
        }
        wanted.forEach(g -> join(userId, g));
        if (!name.equals(user.getFirstName())) {
            user.setFirstName(name);
            user.setLastName("");
            identityService.saveUser(user);
        }
        String stored = known.map(AccountMapper.DepartmentRef::name).orElse(department);
        if (profile.isEmpty()) {
            accounts.insert(new AccountProfile(userId, name, regionCode, stored, uscc, OffsetDateTime.now(clock)));
        } else {
            accounts.updateProfile(userId, name, regionCode, stored);
        }
        return find(userId).orElseThrow();
    }

    /**
     * Accounts of earlier releases (or rows written beside this service) lack their department groups:
     * every official with a known department joins {@code <role>-<department id>} for each role. Idempotent.
     */
    @Transactional
    public int ensureDepartmentGroups() {
        int joined = 0;
        for (AccountProfile profile : accounts.all()) {
            Optional<AccountMapper.DepartmentRef> department = departmentOf(profile.department());
            if (department.isEmpty() || profile.uscc() != null || !exists(profile.userId())) {
                continue;
            }
            for (Group group : identityService
                    .createGroupQuery()
                    .groupMember(profile.userId())
                    .list()) {
                Optional<Role> role = Role.ofGroup(group.getId());
                if (role.isPresent() && role.get().isOfficial() && role.get() != Role.ADMIN) {
                    joined += join(
                                    profile.userId(),
                                    role.get().departmentGroup(department.get().id()))
                            ? 1
                            : 0;
                }
            }
        }
        return joined;
    }

    /** The groups the platform derives from an account's roles, region, department and enterprise. */
    private static Set<String> groupsOf(
            Set<Role> roles, String regionCode, Optional<AccountMapper.DepartmentRef> department, String uscc) {
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

    private Optional<AccountMapper.DepartmentRef> departmentOf(String stated) {
        return stated == null || stated.isBlank() ? Optional.empty() : accounts.department(stated);
    }

    /**
     * Opens a deployer account: member of {@link #DEPLOYER_GROUP} only, so it may deploy over
     * {@code /engine-rest} and do nothing else. Idempotent for an existing user id.
     */
    @Transactional
    public void createDeployer(String userId, String displayName, String password, boolean skipPasswordPolicy) {
        newUser(userId, displayName, password, skipPasswordPolicy);
        join(userId, DEPLOYER_GROUP);
        if (accounts.find(userId).isEmpty()) {
            accounts.insert(new AccountProfile(userId, displayName, null, null, null, OffsetDateTime.now(clock)));
        }
    }

    /** Sets a new password, which must satisfy the password policy. */
    @Transactional
    public void resetPassword(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("no account " + userId);
        }
        if (!satisfiesPasswordPolicy(
                userId, accounts.find(userId).map(AccountProfile::displayName).orElse(user.getFirstName()), password)) {
            throw new IllegalArgumentException("password of " + userId + " does not satisfy the password policy");
        }
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.unlockUser(userId);
    }

    /**
     * Disables an account for good: out of every group, a password nobody knows, and refused at sign-in
     * ({@link #authenticate}). The row and the identity user stay (the audit log names them).
     */
    @Transactional
    public void disable(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("no account " + userId);
        }
        identityService
                .createGroupQuery()
                .groupMember(userId)
                .list()
                .forEach(g -> identityService.deleteMembership(userId, g.getId()));
        user.setPassword(unknownPassword());
        if (identityService instanceof IdentityServiceImpl engine) {
            engine.saveUser(user, true);
        } else {
            identityService.saveUser(user);
        }
        accounts.disable(userId, OffsetDateTime.now(clock));
    }

    public boolean isDisabled(String userId) {
        return accounts.disabled(userId);
    }

    private static String unknownPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "Dx1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the password satisfies the platform's password policy for this user ({@link PlatformPasswordPolicy}). */
    public boolean satisfiesPasswordPolicy(String userId, String displayName, String password) {
        User user = identityService.newUser(userId);
        user.setFirstName(displayName);
        user.setLastName("");
        return password != null
                && identityService.checkPasswordAgainstPolicy(password, user).isValid();
    }

    private void newUser(String userId, String displayName, String password, boolean skipPasswordPolicy) {
        if (exists(userId)) {
            return;
        }
        if (!skipPasswordPolicy && !satisfiesPasswordPolicy(userId, displayName, password)) {
            throw new IllegalArgumentException("password of " + userId
                    + " does not satisfy the password policy: at least "
                    + PlatformPasswordPolicy.MIN_LENGTH + " characters, three of lower case, upper case, digits and"
                    + " other characters, not containing the user id or name");
        }
        User user = identityService.newUser(userId);
        user.setFirstName(displayName);
        user.setLastName("");
        user.setPassword(password);
        if (skipPasswordPolicy && identityService instanceof IdentityServiceImpl engine) {
            engine.saveUser(user, true); // (only the implementation offers the bypass)
        } else {
            identityService.saveUser(user);
        }
    }

    private boolean join(String userId, String groupId) {
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

    private static void validate(NewAccount request) {
        if (request.roles().isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        boolean enterprise = request.roles().contains(Role.ENTERPRISE);
        if (enterprise && (request.uscc() == null || request.roles().size() > 1)) {
            throw new IllegalArgumentException("an enterprise account is bound to one USCC and has no other role");
        }
        if (!enterprise && !request.roles().contains(Role.ADMIN) && request.regionCode() == null) {
            throw new IllegalArgumentException("an official needs a region scope");
        }
    }

    private static String joinName(String first, String last, String fallback) {
        String name = ((first == null ? "" : first) + (last == null ? "" : last)).trim();
        return name.isEmpty() ? fallback : name;
    }
}
