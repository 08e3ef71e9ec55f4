package cn.safetygrading.security.service;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda grants a new user ALL on its own user resource, so anyone could rename or delete their own
 * account over {@code /engine-rest/user}. Here a user may only read itself; administrators (group
 * {@code camunda-admin}) manage accounts.
 */
class SelfReadOnlyAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity[] grants = super.newUser(user);
        if (grants != null) {
            for (AuthorizationEntity grant : grants) {
                grant.setPermissions(new Permission[] {Permissions.READ});
            }
        }
        return grants;
    }
}
