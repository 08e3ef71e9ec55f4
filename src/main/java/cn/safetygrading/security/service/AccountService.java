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
 * {@code /engine-rest} and the Camunda webapps); our {@code account} table adds the profile.
 */
@Service
public class AccountService {

    private final IdentityService identityService;
    private final AccountMapper accounts;
    private final Clock clock;

    public AccountService(IdentityService identityService, AccountMapper accounts, Clock clock) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Checks the password against the identity store (which also counts failed attempts and locks). */
    public Optional<Account> authenticate(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null) {
            return Optional.empty();
        }
        if (!identityService.checkPassword(userId, password)) {
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
        validate(request);
        if (!exists(request.userId())) {
            User user = identityService.newUser(request.userId());
            user.setFirstName(request.displayName());
            user.setLastName("");
            user.setPassword(request.password());
            identityService.saveUser(user);
        }
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
