package cn.safetygrading.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.security.domain.Role;
import cn.safetygrading.security.persistence.AccountMapper.DepartmentRef;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groups an account gets from its roles, region, department and enterprise: the processes' candidate groups. */
class AccountGroupsTest {

    @Test
    void anOfficialJoinsItsRoleRegionAndDepartmentGroups() {
        Set<String> groups = AccountGroups.derived(
                EnumSet.of(Role.REVIEWER), "371002", Optional.of(new DepartmentRef("371002-housing", "住建局")), null);

        assertThat(groups).containsExactly("reviewer", "reviewer-371002", "reviewer-371002-housing");
    }

    @Test
    void anOfficialWithoutDepartmentJoinsOnlyRoleAndRegion() {
        assertThat(AccountGroups.derived(EnumSet.of(Role.REVIEWER), "371002", Optional.empty(), null))
                .containsExactly("reviewer", "reviewer-371002");
    }

    @Test
    void anEnterpriseJoinsItsOwnGroupByUscc() {
        assertThat(AccountGroups.derived(EnumSet.of(Role.ENTERPRISE), null, Optional.empty(), "91371002MA31000019"))
                .containsExactly("enterprise", "enterprise-91371002MA31000019");
    }

    @Test
    void anAdministratorJoinsNoRegionOrDepartmentGroup() {
        assertThat(AccountGroups.derived(
                        EnumSet.of(Role.ADMIN),
                        "371002",
                        Optional.of(new DepartmentRef("371002-housing", "住建局")),
                        null))
                .containsExactly(Role.ADMIN.groupId());
    }
}
