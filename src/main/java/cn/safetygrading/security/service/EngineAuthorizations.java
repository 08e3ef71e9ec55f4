package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Camunda authorizations the platform relies on, granted idempotently. */
@Service
public class EngineAuthorizations {

    private final AuthorizationService authorizations;
    private final IdentityService identity;

    public EngineAuthorizations(AuthorizationService authorizations, IdentityService identity) {
        this.authorizations = authorizations;
        this.identity = identity;
    }

    /** {@code camunda-admin} may do everything, the Camunda webapps included; nobody else gets the webapps. */
    @Transactional
    public void grantAdministrators() {
        for (Resource resource : Resources.values()) {
            grantAll(Role.ADMIN.groupId(), resource);
        }
    }

    /**
     * Group {@code deployer} (created if missing) may create deployments and read what it deployed; the
     * HTTP door lets only this group post deployments (SecurityConfig).
     */
    @Transactional
    public void grantDeployers() {
        if (identity.createGroupQuery().groupId(AccountService.DEPLOYER_GROUP).count() == 0) {
            Group group = identity.newGroup(AccountService.DEPLOYER_GROUP);
            group.setName("DEPLOYER");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        grant(AccountService.DEPLOYER_GROUP, Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ);
        grant(AccountService.DEPLOYER_GROUP, Resources.PROCESS_DEFINITION, Permissions.READ);
        grant(AccountService.DEPLOYER_GROUP, Resources.DECISION_DEFINITION, Permissions.READ);
    }

    /**
     * Users of earlier releases hold Camunda's default ALL on their own user resource (they could rename
     * or delete themselves over REST); reduced to READ like new users ({@link SelfReadOnlyAuthorizationProvider}).
     */
    @Transactional
    public void restrictSelfGrants() {
        for (Authorization grant : authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.USER)
                .list()) {
            if (grant.getUserId() != null
                    && grant.getUserId().equals(grant.getResourceId())
                    && (grant.isPermissionGranted(Permissions.UPDATE)
                            || grant.isPermissionGranted(Permissions.DELETE))) {
                grant.setPermissions(new Permission[] {Permissions.READ});
                authorizations.saveAuthorization(grant);
            }
        }
    }

    private void grant(String groupId, Resource resource, Permission... permissions) {
        boolean present = authorizations
                        .createAuthorizationQuery()
                        .authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .groupIdIn(groupId)
                        .resourceType(resource)
                        .resourceId(Authorization.ANY)
                        .count()
                > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }

    private void grantAll(String groupId, Resource resource) {
        grant(groupId, resource, Permissions.ALL);
    }
}
