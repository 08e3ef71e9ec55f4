package cn.safetygrading.dashboard.service;

import cn.safetygrading.inbox.service.InboxService;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a manager watches, within their region. */
@Service
public class DashboardService {

    /** Totals over the regions in scope, plus the open and overdue tasks of the manager's groups. */
    public record Overview(long enterprises, long classI, long graded, long openTasks, long overdueTasks,
                           List<RegionStatistics> regions) {
    }

    private final LedgerService ledger;
    private final InboxService inbox;

    public DashboardService(LedgerService ledger, InboxService inbox) {
        this.ledger = ledger;
        this.inbox = inbox;
    }

    public Overview overview(Account account) {
        List<RegionStatistics> regions = ledger.statistics(account);
        long total = regions.stream().mapToLong(RegionStatistics::total).sum();
        long classI = regions.stream().mapToLong(RegionStatistics::classI).sum();
        long ungraded = regions.stream().mapToLong(RegionStatistics::ungraded).sum();
        return new Overview(total, classI, total - ungraded, inbox.count(account), inbox.overdueCount(account), regions);
    }
}
