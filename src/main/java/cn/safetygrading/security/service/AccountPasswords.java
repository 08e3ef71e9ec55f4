package cn.safetygrading.security.service;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/**
 * The passwords of accounts in Camunda's identity store: the platform's policy ({@link PlatformPasswordPolicy}),
 * new users, resets and the password nobody knows that a disabled account gets. Used by {@link AccountService}.
 */
@Component
class AccountPasswords {

    private final IdentityService identityService;

    AccountPasswords(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Whether the password satisfies the platform's password policy for this user. */
    boolean satisfiesPolicy(String userId, String displayName, String password) {
        User user = identityService.newUser(userId);
        user.setFirstName(displayName);
        user.setLastName("");
        return password != null
                && identityService.checkPasswordAgainstPolicy(password, user).isValid();
    }

    /** Saves a new identity user; {@code skipPolicy} only for the demo data's well-known accounts. */
    void newUser(String userId, String displayName, String password, boolean skipPolicy) {
        if (!skipPolicy && !satisfiesPolicy(userId, displayName, password)) {
            throw new IllegalArgumentException("password of " + userId
                    + " does not satisfy the password policy: at least "
                    + PlatformPasswordPolicy.MIN_LENGTH + " characters, three of lower case, upper case, digits and"
                    + " other characters, not containing the user id or name");
        }
        User user = identityService.newUser(userId);
        user.setFirstName(displayName);
        user.setLastName("");
        user.setPassword(password);
        if (skipPolicy) {
            saveBypassingPolicy(user);
        } else {
            identityService.saveUser(user);
        }
    }

    /** Sets a new password, which must satisfy the policy for the user's display name, and unlocks the user. */
    void reset(User user, String displayName, String password) {
        if (!satisfiesPolicy(user.getId(), displayName, password)) {
            throw new IllegalArgumentException("password of " + user.getId() + " does not satisfy the password policy");
        }
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.unlockUser(user.getId());
    }

    /** Gives the user a random password nobody knows (a disabled account). */
    void scramble(User user) {
        user.setPassword(unknownPassword());
        saveBypassingPolicy(user);
    }

    private void saveBypassingPolicy(User user) {
        if (identityService instanceof IdentityServiceImpl engine) {
            engine.saveUser(user, true); // (only the implementation offers the bypass)
        } else {
            identityService.saveUser(user);
        }
    }

    private static String unknownPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "Dx1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
