package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.SupervisionFigures;
import cn.safetygrading.supervision.persistence.SupervisionFiguresMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's supervision figures for the account's region (administrators without one: everything). */
@Service
public class SupervisionFiguresService {

    private final SupervisionFiguresMapper figures;
    private final LedgerService ledger;
    private final Clock clock;

    public SupervisionFiguresService(SupervisionFiguresMapper figures, LedgerService ledger, Clock clock) {
        this.figures = figures;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SupervisionFigures figures(Account account) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        String path = ledger.regions(account).stream()
                .filter(r -> account.regionCode() == null ? r.parentCode() == null : r.code().equals(account.regionCode()))
                .map(Region::path).findFirst().orElse("-");
        OffsetDateTime now = OffsetDateTime.now(clock);
        return figures.figures(path, now, LocalDate.of(now.getYear(), 1, 1));
    }
}
