package cn.safetygrading.ledger.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.ledger.domain.BoundAccount;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseEvent;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.domain.IndustryStatistics;
import cn.safetygrading.ledger.domain.LedgerRecord;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.persistence.EnterpriseEventMapper;
import cn.safetygrading.ledger.persistence.EnterpriseMapper;
import cn.safetygrading.ledger.persistence.LedgerMapper;
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
    public static final Set<String> SORTABLE =
            Set.of("uscc", "name", "regionName", "industryCode", "enterpriseClass", "grade", "status");

    public static final int MAX_PAGE = 500;

    private final EnterpriseMapper enterprises;
    private final EnterpriseEventMapper events;
    private final RegionTree regions;
    private final LedgerMapper ledger;
    private final ScopeService scopes;

    public LedgerService(
            EnterpriseMapper enterprises,
            EnterpriseEventMapper events,
            RegionTree regions,
            LedgerMapper ledger,
            ScopeService scopes) {
        this.enterprises = enterprises;
        this.events = events;
        this.regions = regions;
        this.ledger = ledger;
        this.scopes = scopes;
    }

    public List<Enterprise> page(
            Account account, EnterpriseFilter filter, String sortBy, boolean descending, int offset, int limit) {
        String orderBy = SORTABLE.contains(sortBy) ? sortBy : "uscc";
        Page page = Page.of(offset, limit, MAX_PAGE);
        return enterprises.page(scopes.of(account), escaped(filter), orderBy, descending, page.offset(), page.limit());
    }

    public long count(Account account, EnterpriseFilter filter) {
        return enterprises.count(scopes.of(account), escaped(filter));
    }

    /** The search text is matched with LIKE: its own % and _ are taken literally. */
    private static EnterpriseFilter escaped(EnterpriseFilter f) {
        if (f == null) {
            return EnterpriseFilter.none();
        }
        if (f.text() == null || f.text().isBlank()) {
            return new EnterpriseFilter(
                    null, f.regionCode(), f.industryCode(), f.enterpriseClass(), f.grade(), f.status());
        }
        String text = f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new EnterpriseFilter(text, f.regionCode(), f.industryCode(), f.enterpriseClass(), f.grade(), f.status());
    }

    /** The whole ledger record (risk features, status, departments) if the account may see it. */
    /**
     * Refuses (AccessDeniedException) unless the enterprise is the account's own (enterprise
     * accounts) or in the official's scope: what the features' per-enterprise lists check first.
     */
    public void requireVisible(Account account, String uscc) {
        boolean own = account.isEnterprise() && uscc.equals(account.uscc());
        if (!own && (account.isEnterprise() || find(account, uscc).isEmpty())) {
            throw new org.springframework.security.access.AccessDeniedException("not in scope");
        }
    }

    /** The parent of a region (reference data, no scope): for escalating one level up. */
    public Optional<String> regionParent(String regionCode) {
        return regions.find(regionCode).map(Region::parentCode);
    }

    public Optional<LedgerRecord> record(Account account, String uscc) {
        return ledger.find(scopes.of(account), uscc);
    }

    /** The enterprise accounts bound to the enterprise, if the account may see it. */
    public List<BoundAccount> boundAccounts(Account account, String uscc) {
        return find(account, uscc).map(e -> ledger.boundAccounts(uscc)).orElse(List.of());
    }

    /** The enterprise if it exists and the account may see it; otherwise empty (callers answer 404). */
    public Optional<Enterprise> find(Account account, String uscc) {
        return enterprises.find(scopes.of(account), uscc);
    }

    /** The enterprise for the processes' own use (no caller, so no scope): e.g. the address on an inspection record. */
    public Optional<Enterprise> findForProcess(String uscc) {
        return enterprises.find(Scope.all(), uscc);
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
        Page page = Page.of(offset, limit, MAX_PAGE);
        return find(account, uscc)
                .map(e -> events.page(uscc, page.offset(), page.limit()))
                .orElse(List.of());
    }

    public long timelineCount(Account account, String uscc) {
        return find(account, uscc).map(e -> events.count(uscc)).orElse(0L);
    }

    public List<RegionStatistics> statistics(Account account) {
        return enterprises.statistics(scopes.of(account));
    }

    /** The active ledger in the account's scope by industry section (门类). */
    public List<IndustryStatistics> statisticsByIndustry(Account account) {
        return enterprises.statisticsByIndustry(scopes.of(account));
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
