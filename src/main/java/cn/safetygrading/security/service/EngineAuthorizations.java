package cn.safetygrading.security.service;

import cn.safetygrading.security.domain.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Camunda authorizations the platform relies on, granted idempotently. */
@Service
public class EngineAuthorizations {

    private final AuthorizationService authorizations;

    public EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** {@code camunda-admin} may do everything, the Camunda webapps included; nobody else gets the webapps. */
    @Transactional
    public void grantAdministrators() {
        for (Resource resource : Resources.values()) {
            grantAll(Role.ADMIN.groupId(), resource);
        }
    }

    private void grantAll(String groupId, Resource resource) {
        boolean present = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(Authorization.ANY).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(grant);
    }
}
