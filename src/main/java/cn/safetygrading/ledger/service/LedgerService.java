package cn.safetygrading.ledger.service;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import cn.safetygrading.ledger.persistence.EnterpriseMapper;
import cn.safetygrading.ledger.persistence.RegionMapper;
import cn.safetygrading.security.domain.Account;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the ledger and the enterprise files, always cut to the caller's scope: a view annotation
 * is not access control, this is.
 */
@Service
@Transactional(readOnly = true)
public class LedgerService {

    /** Sort keys the ledger accepts; anything else sorts by USCC. */
    public static final Set<String> SORTABLE = Set.of("uscc", "name", "regionName", "enterpriseClass", "grade", "status");
    public static final int MAX_PAGE = 500;

    private final EnterpriseMapper enterprises;
    private final EnterpriseEventMapper events;
    private final RegionMapper regions;
    private final ScopeService scopes;

    public LedgerService(EnterpriseMapper enterprises, EnterpriseEventMapper events, RegionMapper regions,
                         ScopeService scopes) {
        this.enterprises = enterprises;
        this.events = events;
        this.regions = regions;
        this.scopes = scopes;
    }

    public List<Enterprise> page(Account account, EnterpriseFilter filter, String sortBy, boolean descending,
                                 int offset, int limit) {
        String orderBy = SORTABLE.contains(sortBy) ? sortBy : "uscc";
        return enterprises.page(scopes.of(account), filter, orderBy, descending, Math.max(0, offset),
                Math.min(Math.max(1, limit), MAX_PAGE));
    }

    public long count(Account account, EnterpriseFilter filter) {
        return enterprises.count(scopes.of(account), filter);
    }

    /** The enterprise if it exists and the account may see it; otherwise empty (callers answer 404). */
    public Optional<Enterprise> find(Account account, String uscc) {
        return enterprises.find(scopes.of(account), uscc);
    }

    /** Enterprises by USCC within the account's scope, for labelling tasks and lists. */
    public Map<String, Enterprise> findAll(Account account, Collection<String> usccs) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        return enterprises.findAll(scopes.of(account), Set.copyOf(usccs)).stream()
                .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
    }

    public List<EnterpriseEvent> timeline(Account account, String uscc, int offset, int limit) {
        return find(account, uscc).map(e -> events.page(uscc, Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE)))
                .orElse(List.of());
    }

    public long timelineCount(Account account, String uscc) {
        return find(account, uscc).map(e -> events.count(uscc)).orElse(0L);
    }

    public List<RegionStatistics> statistics(Account account) {
        return enterprises.statistics(scopes.of(account));
    }

    /** The regions the account may work in (its own and below; all for an administrator). */
    public List<Region> regions(Account account) {
        Scope scope = scopes.of(account);
        if (scope.everything()) {
            return regions.all();
        }
        return scope.regionPath() == null ? List.of() : regions.subtree(scope.regionPath());
    }
}
