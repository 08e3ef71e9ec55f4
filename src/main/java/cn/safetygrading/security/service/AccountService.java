package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.AccountProfile;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.persistence.AccountMapper;
import java.time.Clock;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
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
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).sorted().toList();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(g -> Role.ofGroup(g).ifPresent(roles::add));
        Optional<AccountProfile> profile = accounts.find(userId);
        String displayName = profile.map(AccountProfile::displayName)
                .orElseGet(() -> joinName(user.getFirstName(), user.getLastName(), userId));
        return Optional.of(new Account(userId, displayName, roles, groups,
                profile.map(AccountProfile::regionCode).orElse(null),
                profile.map(AccountProfile::department).orElse(null),
                profile.map(AccountProfile::uscc).orElse(null)));
    }

    public boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    /**
     * Opens an account: the identity user, its role groups and (for officials with a region) the
     * region groups used as candidate groups, plus the profile row. Idempotent for an existing user id.
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
        for (Role role : request.roles()) {
            join(request.userId(), role.groupId(), role.name());
            if (role.isOfficial() && role != Role.ADMIN && request.regionCode() != null) {
                join(request.userId(), role.regionGroup(request.regionCode()), role.name() + " " + request.regionCode());
            }
            if (role.isOfficial() && role != Role.ADMIN && request.department() != null) {
                String departmentId = accounts.departmentId(request.department()).orElse(null);
                if (departmentId != null) {
                    join(request.userId(), role.regionGroup(departmentId), role.name() + " " + request.department());
                }
            }
            if (role == Role.ENTERPRISE) {
                // the enterprise's candidate group, e.g. enterprise-91371002MA31000019 for its self-assessment
                join(request.userId(), role.regionGroup(request.uscc()), "ENTERPRISE " + request.uscc());
            }
        }
        accounts.insert(new AccountProfile(request.userId(), request.displayName(), request.regionCode(),
                request.department(), request.uscc(), OffsetDateTime.now(clock)));
        return find(request.userId()).orElseThrow();
    }

    /**
     * Opens a deployer account: member of {@link #DEPLOYER_GROUP} only, so it may deploy over
     * {@code /engine-rest} and do nothing else. Idempotent for an existing user id.
     */
    @Transactional
    public void createDeployer(String userId, String displayName, String password, boolean skipPasswordPolicy) {
        newUser(userId, displayName, password, skipPasswordPolicy);
        join(userId, DEPLOYER_GROUP, "DEPLOYER");
        if (accounts.find(userId).isEmpty()) {
            accounts.insert(new AccountProfile(userId, displayName, null, null, null, OffsetDateTime.now(clock)));
        }
    }

    /**
     * Changes an account's name, roles, region and department: the Camunda memberships follow (the role
     * groups {@code <role>}, {@code <role>-<region>}, {@code <role>-<department id>}, and for an enterprise
     * {@code enterprise-<USCC>}; other groups such as {@code deployer} are left alone), and so does the row.
     */
    @Transactional
    public Account changeProfile(String userId, String displayName, Set<Role> roles, String regionCode, String department) {
        Account before = find(userId).orElseThrow(() -> new IllegalArgumentException("no account " + userId));
        validate(new NewAccount(userId, displayName, null, roles, regionCode, department, before.uscc()));
        String departmentId = department == null ? null : accounts.departmentId(department)
                .orElseThrow(() -> new IllegalArgumentException("no department " + department));
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Role role : roles) {
            wanted.put(role.groupId(), role.name());
            if (role == Role.ENTERPRISE) {
                wanted.put(role.regionGroup(before.uscc()), "ENTERPRISE " + before.uscc());
            } else if (role != Role.ADMIN) {
                if (regionCode != null) {
                    wanted.put(role.regionGroup(regionCode), role.name() + " " + regionCode);
                }
                if (departmentId != null) {
                    wanted.put(role.regionGroup(departmentId), role.name() + " " + department);
                }
            }
        }
        for (String group : before.groups()) {
            if (isRoleGroup(group) && !wanted.containsKey(group)) {
                identityService.deleteMembership(userId, group);
            }
        }
        wanted.forEach((group, name) -> join(userId, group, name));
        accounts.updateProfile(userId, displayName, regionCode, department);
        return find(userId).orElseThrow();
    }

    /** Sets a new password, which must satisfy the password policy. */
    @Transactional
    public void resetPassword(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalArgumentException("no account " + userId);
        }
        if (!satisfiesPasswordPolicy(userId, accounts.find(userId).map(AccountProfile::displayName)
                .orElse(user.getFirstName()), password)) {
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
        identityService.createGroupQuery().groupMember(userId).list()
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

    private static boolean isRoleGroup(String group) {
        for (Role role : Role.values()) {
            if (group.equals(role.groupId()) || group.startsWith(role.groupId() + "-")) {
                return true;
            }
        }
        return false;
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
        return password != null && identityService.checkPasswordAgainstPolicy(password, user).isValid();
    }

    private void newUser(String userId, String displayName, String password, boolean skipPasswordPolicy) {
        if (exists(userId)) {
            return;
        }
        if (!skipPasswordPolicy && !satisfiesPasswordPolicy(userId, displayName, password)) {
            throw new IllegalArgumentException("password of " + userId + " does not satisfy the password policy: at least "
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

    private void join(String userId, String groupId, String name) {
        if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identityService.newGroup(groupId);
            group.setName(name);
            group.setType(groupId.equals(Role.ADMIN.groupId()) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
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
