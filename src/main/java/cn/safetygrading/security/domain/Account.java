package cn.safetygrading.security.domain;

import cn.safetygrading.base.DisplayNamed;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Set;

/**
 * A signed-in person: the Camunda identity user plus our profile. Officials have a region scope and
 * a department; an enterprise account is bound to exactly one USCC.
 */
public record Account(
        String userId,
        String displayName,
        Set<Role> roles,
        List<String> groups,
        String regionCode,
        String department,
        String uscc)
        implements Principal, Serializable, DisplayNamed {

    public Account {
        roles = Set.copyOf(roles);
        groups = List.copyOf(groups);
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isEnterprise() {
        return roles.contains(Role.ENTERPRISE) && roles.size() == 1;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
