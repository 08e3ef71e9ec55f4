package cn.safetygrading.supervision.service;

import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.supervision.domain.SupervisionFigures;
import cn.safetygrading.supervision.persistence.SupervisionFiguresMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's supervision figures for the enterprises in the account's scope ({@link ScopeService}): a
 * department's official its 直接监管责任部门's, an 应急管理局 manager or expert the region's, administrators all.
 */
@Service
public class SupervisionFiguresService {

    private final SupervisionFiguresMapper figures;
    private final ScopeService scopes;
    private final Clock clock;

    public SupervisionFiguresService(SupervisionFiguresMapper figures, ScopeService scopes, Clock clock) {
        this.figures = figures;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SupervisionFigures figures(Account account) {
        if (account.isEnterprise()) {
            throw new AccessDeniedException("officials only");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return figures.figures(scopes.of(account), now, LocalDate.of(now.getYear(), 1, 1));
    }
}
