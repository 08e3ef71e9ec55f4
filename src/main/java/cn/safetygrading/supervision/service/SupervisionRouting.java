package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.domain.ManagementLevel;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.persistence.InspectionMapper;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Who does an enterprise's inspections and stationing (domain §11): the officials of its
 * 直接监管责任部门 (group {@code <role>-<department id>}, e.g. {@code inspector-371002-housing}); for a
 * 市级 enterprise the department of the same kind at the city ({@code <city code>-<kind>}). With no
 * such department, or nobody in its group, today's region groups do the work.
 */
@Component
public class SupervisionRouting {

    private final InspectionMapper inspections;
    private final IdentityService identity;

    public SupervisionRouting(InspectionMapper inspections, IdentityService identity) {
        this.inspections = inspections;
        this.identity = identity;
    }

    /** The id of the department that supervises an enterprise directly, at the city for a 市级 one. */
    public Optional<String> departmentId(String supervisingDepartment, String managementLevel, String cityCode) {
        if (supervisingDepartment == null || supervisingDepartment.isBlank()) {
            return Optional.empty();
        }
        Optional<String> id = inspections.departmentId(supervisingDepartment.strip());
        if (id.isEmpty() || !ManagementLevel.CITY.is(managementLevel) || cityCode == null) {
            return id;
        }
        int dash = id.get().indexOf('-');
        if (dash < 0) {
            return id;
        }
        String atCity = cityCode + id.get().substring(dash);
        return id.get().equals(atCity) || inspections.departmentExists(atCity) ? Optional.of(atCity) : Optional.empty();
    }

    /** The members of a role's group of a department or region ({@code inspector-371002-housing}), sorted. */
    public List<String> members(Role role, String unit) {
        return identity.createUserQuery().memberOfGroup(role.regionGroup(unit)).orderByUserId().asc().list().stream()
                .map(u -> u.getId())
                .toList();
    }

    /**
     * The candidate groups of a role for an enterprise: its department's group when it has a member,
     * else the groups of the regions given (today's routing).
     */
    public List<String> groups(Role role, Optional<String> departmentId, String... regionCodes) {
        if (departmentId.isPresent()
                && identity.createUserQuery()
                                .memberOfGroup(role.regionGroup(departmentId.get()))
                                .count()
                        > 0) {
            return List.of(role.regionGroup(departmentId.get()));
        }
        return java.util.Arrays.stream(regionCodes)
                .filter(c -> c != null)
                .distinct()
                .map(role::regionGroup)
                .toList();
    }
}
