package cn.safetygrading.security.service;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The platform's password rule, applied by the engine wherever a password is set (our account service,
 * Camunda Admin, {@code /engine-rest/user}): at least {@value #MIN_LENGTH} characters, at least three of
 * lower case, upper case, digits and other characters, and not containing the user id or name.
 */
public class PlatformPasswordPolicy implements PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(
                new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
                new CharacterClassesRule(),
                new PasswordPolicyUserDataRuleImpl());
    }

    /** Three of the four character classes. */
    static final class CharacterClassesRule implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_CHARACTER_CLASSES";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minClasses", "3");
        }

        @Override
        public boolean execute(String password) {
            if (password == null) {
                return false;
            }
            boolean lower = password.chars().anyMatch(Character::isLowerCase);
            boolean upper = password.chars().anyMatch(Character::isUpperCase);
            boolean digit = password.chars().anyMatch(Character::isDigit);
            boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
            int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
            return classes >= 3;
        }
    }
}
