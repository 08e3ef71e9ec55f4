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
