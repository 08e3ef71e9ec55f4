package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.PublicContact;
import cn.safetygrading.supervision.domain.RosterRow;
import cn.safetygrading.supervision.domain.UnitMonthly;
import cn.safetygrading.supervision.persistence.GridMapper;
import cn.safetygrading.supervision.persistence.GridUnitMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the grid shows: the public contact page (公示栏) and its link, the monthly roster and unit statistics. */
@Component
class GridReports {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GridMapper grid;
    private final GridUnitMapper units;
    private final GridAccess access;
    private final ScopeService scopes;
    private final Clock clock;

    GridReports(GridMapper grid, GridUnitMapper units, GridAccess access, ScopeService scopes, Clock clock) {
        this.grid = grid;
        this.units = units;
        this.access = access;
        this.scopes = scopes;
        this.clock = clock;
    }

    String contactToken(Account account, String uscc) {
        access.requireVisible(account, uscc);
        return units.contactToken(uscc).orElseGet(() -> {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            units.saveContactToken(uscc, HexFormat.of().formatHex(bytes), OffsetDateTime.now(clock));
            return units.contactToken(uscc).orElseThrow();
        });
    }

    Optional<PublicContact> publicContact(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return units.publicContact(token).map(contact -> {
            String hotline = null;
            for (String r = contact.unitCode(); r != null && hotline == null; r = access.parent(r)) {
                hotline = units.hotline(r).orElse(null);
            }
            return contact.withHotline(hotline == null ? SupervisionGridService.DEFAULT_HOTLINE : hotline);
        });
    }

    List<RosterRow> monthlyRoster(Account account, String regionCode, YearMonth month) {
        Region region = access.region(account, regionCode);
        OffsetDateTime from = start(month);
        return units.monthlyRoster(scopes.within(account, region), from, from.plusMonths(1), OffsetDateTime.now(clock));
    }

    List<UnitMonthly> monthly(Account account, String regionCode, YearMonth month) {
        Region region = access.region(account, regionCode);
        OffsetDateTime from = start(month);
        return grid.monthly(scopes.within(account, region), from, from.plusMonths(1), OffsetDateTime.now(clock));
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
