package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.AccountProfile;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.persistence.AccountMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts live in Camunda's identity tables (hashed, salted passwords; the same login for the UI,
 * {@code /engine-rest} and the Camunda webapps); our {@code account} table adds the profile. The groups are kept
 * by {@link AccountGroups}, the passwords by {@link AccountPasswords}.
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
    private final AccountGroups groups;
    private final AccountPasswords passwords;

    public AccountService(
            IdentityService identityService,
            AccountMapper accounts,
            Clock clock,
            AccountGroups groups,
            AccountPasswords passwords) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.clock = clock;
        this.groups = groups;
        this.passwords = passwords;
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
        List<String> memberOf = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .sorted()
                .toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        memberOf.forEach(g -> Role.ofGroup(g).ifPresent(roles::add));
        Optional<AccountProfile> profile = accounts.find(userId);
        String displayName = profile.map(AccountProfile::displayName)
                .orElseGet(() -> joinName(user.getFirstName(), user.getLastName(), userId));
        return Optional.of(new Account(
                userId,
                displayName,
                roles,
                memberOf,
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
        Optional<AccountMapper.DepartmentRef> department = groups.department(request.department());
        for (String group : AccountGroups.derived(request.roles(), request.regionCode(), department, request.uscc())) {
            groups.join(request.userId(), group);
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
        Optional<AccountMapper.DepartmentRef> known = groups.department(department);
        String name = displayName == null || displayName.isBlank()
                ? profile.map(AccountProfile::displayName).orElse(userId)
                : displayName;
        groups.reconcile(userId, AccountGroups.derived(roles, regionCode, known, uscc));
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
            Optional<AccountMapper.DepartmentRef> department = groups.department(profile.department());
            if (department.isEmpty() || profile.uscc() != null || !exists(profile.userId())) {
                continue;
            }
            joined += groups.joinDepartmentGroups(profile.userId(), department.get());
        }
        return joined;
    }

    /**
     * Opens a deployer account: member of {@link #DEPLOYER_GROUP} only, so it may deploy over
     * {@code /engine-rest} and do nothing else. Idempotent for an existing user id.
     */
    @Transactional
    public void createDeployer(String userId, String displayName, String password, boolean skipPasswordPolicy) {
        newUser(userId, displayName, password, skipPasswordPolicy);
        groups.join(userId, DEPLOYER_GROUP);
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
        passwords.reset(
                user, accounts.find(userId).map(AccountProfile::displayName).orElse(user.getFirstName()), password);
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
        groups.leaveAll(userId);
        passwords.scramble(user);
        accounts.disable(userId, OffsetDateTime.now(clock));
    }

    public boolean isDisabled(String userId) {
        return accounts.disabled(userId);
    }

    /** Whether the password satisfies the platform's password policy for this user ({@link PlatformPasswordPolicy}). */
    public boolean satisfiesPasswordPolicy(String userId, String displayName, String password) {
        return passwords.satisfiesPolicy(userId, displayName, password);
    }

    private void newUser(String userId, String displayName, String password, boolean skipPasswordPolicy) {
        if (!exists(userId)) {
            passwords.newUser(userId, displayName, password, skipPasswordPolicy);
        }
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
