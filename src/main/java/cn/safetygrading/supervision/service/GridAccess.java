package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may work the grid of which region, and the grid's way up (a unit's parent region). */
@Component
class GridAccess {

    private final LedgerService ledger;

    GridAccess(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** The region of the code when it is in the official's scope; enterprises and other regions are denied. */
    Region region(Account account, String regionCode) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        return ledger.regions(account).stream()
                .filter(r -> r.code().equals(regionCode))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("region " + regionCode + " is not in scope"));
    }

    /** The region one level up, or null at the top. */
    String parent(String regionCode) {
        return ledger.regionParent(regionCode).orElse(null);
    }

    void requireVisible(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
    }

    static void requireManager(Account account) {
        if (!account.isAdmin() && !account.has(Role.MANAGER)) {
            throw new AccessDeniedException("the grid is managed by managers");
        }
    }
}
