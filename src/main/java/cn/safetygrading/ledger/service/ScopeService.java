package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.persistence.RegionMapper;
import cn.safetygrading.security.domain.Account;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Turns an account into what it may see: administrators everything, officials their region subtree, an enterprise itself. */
@Service
public class ScopeService {

    private final RegionMapper regions;

    public ScopeService(RegionMapper regions) {
        this.regions = regions;
    }

    public Scope of(Account account) {
        if (account == null) {
            return Scope.none();
        }
        if (account.isEnterprise()) {
            return account.uscc() == null ? Scope.none() : Scope.enterprise(account.uscc());
        }
        if (account.regionCode() != null) {
            return regions.find(account.regionCode()).map(Region::path).map(Scope::region).orElse(Scope.none());
        }
        return account.isAdmin() ? Scope.all() : Scope.none();
    }

    /** Whether the region lies within the account's scope (an enterprise account's scope holds no region). */
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
