package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.persistence.RegionMapper;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Turns an account into what it may see (domain §11): administrators everything; an official of a
 * department the enterprises that department directly supervises (直接监管责任部门); managers of an
 * 应急管理局 their whole region subtree (综合监管); experts their region (the city's 抽查核定); officials
 * without a department (or with one the system does not know) their region subtree; an enterprise itself.
 */
@Service
public class ScopeService {

    private final RegionMapper regions;
    private final Departments departments;

    public ScopeService(RegionMapper regions, Departments departments) {
        this.regions = regions;
        this.departments = departments;
    }

    public Scope of(Account account) {
        if (account == null) {
            return Scope.none();
        }
        if (account.isEnterprise()) {
            return account.uscc() == null ? Scope.none() : Scope.enterprise(account.uscc());
        }
        if (account.regionCode() != null) {
            Optional<String> path = regions.find(account.regionCode()).map(Region::path);
            if (path.isEmpty()) {
                return Scope.none();
            }
            return departmentOf(account)
                    .map(d -> Scope.department(path.get(), d.name()))
                    .orElseGet(() -> Scope.region(path.get()));
        }
        return account.isAdmin() ? Scope.all() : Scope.none();
    }

    /**
     * The department whose enterprises bound the account's scope; empty for administrators, experts,
     * managers of an 应急管理局 and accounts without a known department (their region is their scope).
     */
    public Optional<Department> departmentOf(Account account) {
        if (account.isAdmin() || account.has(Role.EXPERT) || account.department() == null) {
            return Optional.empty();
        }
        Optional<Department> department = departments.resolve(account.department());
        if (department.isPresent() && department.get().isEmergency() && account.has(Role.MANAGER)) {
            return Optional.empty();
        }
        return department;
    }

    /**
     * What an account may write by a ledger import: the census of a region is compiled by its 应急管理局
     * (填报单位), so its officials import for the whole region; another department's officials change only
     * the enterprises they directly supervise; everyone else as {@link #of}.
     */
    public Scope forImport(Account account) {
        Scope scope = of(account);
        if (scope.department() != null
                && departmentOf(account).filter(Department::isEmergency).isPresent()) {
            return Scope.region(scope.regionPath());
        }
        return scope;
    }

    /**
     * The account's scope narrowed to a region it covers (a page's region choice): that region's subtree,
     * and for a department's official only the enterprises of its 直接监管责任部门 there.
     */
    public Scope within(Account account, Region region) {
        return Scope.department(region.path(), of(account).department());
    }

    /** Whether the region lies within the account's region (its department aside; an enterprise account's scope holds no region). */
    public boolean covers(Account account, Region region) {
        Scope scope = of(account);
        if (scope.everything()) {
            return true;
        }
        String path = scope.regionPath();
        return path != null && (region.path().equals(path) || region.path().startsWith(path + "/"));
    }

    /** The region by code if it exists and lies within the account's scope. */
    public Optional<Region> regionInScope(Account account, String regionCode) {
        return regionCode == null ? Optional.empty() : regions.find(regionCode).filter(r -> covers(account, r));
    }
}
