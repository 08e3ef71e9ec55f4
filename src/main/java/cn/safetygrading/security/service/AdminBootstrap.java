package cn.safetygrading.security.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.security.domain.NewAccount;
import cn.safetygrading.security.domain.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every installation needs a first administrator: set ADMIN_USER and ADMIN_PASSWORD once (any
 * profile); the account is created if missing, never changed afterwards. Officials of earlier releases
 * join their department groups ({@link AccountService#ensureDepartmentGroups}). The password must satisfy the
 * password policy, or the application does not start. Also creates group {@code deployer} and its grants.
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final EngineAuthorizations authorizations;
    private final String adminUser;
    private final String adminPassword;
    private final Translations texts;

    public AdminBootstrap(
            Translations texts,
            AccountService accounts,
            EngineAuthorizations authorizations,
            @Value("${app.admin.user:${ADMIN_USER:}}") String adminUser,
            @Value("${app.admin.password:${ADMIN_PASSWORD:}}") String adminPassword) {
        this.texts = texts;
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        authorizations.grantAdministrators();
        authorizations.grantDeployers();
        authorizations.restrictSelfGrants();
        int joined = accounts.ensureDepartmentGroups();
        if (joined > 0) {
            log.info("{} memberships of department groups added to existing accounts", joined);
        }
        if (adminUser.isBlank()) {
            return;
        }
        if (adminPassword.isBlank()) {
            log.warn("ADMIN_USER is set but ADMIN_PASSWORD is empty: no administrator created");
            return;
        }
        if (!accounts.exists(adminUser) && !accounts.satisfiesPasswordPolicy(adminUser, displayName(), adminPassword)) {
            throw new IllegalStateException("ADMIN_PASSWORD does not satisfy the password policy: at least "
                    + PlatformPasswordPolicy.MIN_LENGTH
                    + " characters, three of lower case, upper case, digits and other"
                    + " characters, not containing the user name; no administrator created, the application stops");
        }
        if (!accounts.exists(adminUser)) {
            accounts.create(
                    new NewAccount(adminUser, displayName(), adminPassword, Set.of(Role.ADMIN), null, null, null));
            log.info("administrator account '{}' created", adminUser);
        }
    }

    /** The first administrator's name as the account list shows it (stored once, in Chinese). */
    private String displayName() {
        return texts.zh("admin.bootstrap.displayName");
    }
}
