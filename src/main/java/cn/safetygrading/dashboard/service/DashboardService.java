package cn.safetygrading.dashboard.service;

import cn.safetygrading.dashboard.domain.DepartmentStatistics;
import cn.safetygrading.dashboard.persistence.BreakdownMapper;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignProgress;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.grading.service.GradingQueries;
import cn.safetygrading.inbox.service.InboxQueries;
import cn.safetygrading.inbox.service.TaskKeys;
import cn.safetygrading.ledger.domain.IndustryStatistics;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.RegionStatistics;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.ledger.service.WatchList;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a manager watches, within their region: the ledger by class and grade, overdue and coming work, campaigns. */
@Service
public class DashboardService {

    /** Totals over the regions in scope, plus the open and overdue tasks of the manager's groups. */
    public record Overview(
            long enterprises,
            long classI,
            long graded,
            long openTasks,
            long overdueTasks,
            List<RegionStatistics> regions) {}

    /** One county's overdue work. */
    public record OverdueByRegion(String regionCode, String regionName, long overdue) {}

    /** One assignee's overdue work ("" is unclaimed) and the longest delay in days. */
    public record OverdueByAssignee(String assignee, long overdue, long maxDaysOverdue) {}

    private final LedgerService ledger;
    private final InboxQueries inbox;
    private final CampaignService campaigns;
    private final GradingQueries gradings;
    private final AccountService accounts;
    private final BreakdownMapper breakdowns;
    private final ScopeService scopes;
    private final WatchList watchList;

    public DashboardService(
            LedgerService ledger,
            InboxQueries inbox,
            CampaignService campaigns,
            GradingQueries gradings,
            AccountService accounts,
            BreakdownMapper breakdowns,
            ScopeService scopes,
            WatchList watchList) {
        this.watchList = watchList;
        this.ledger = ledger;
        this.inbox = inbox;
        this.campaigns = campaigns;
        this.gradings = gradings;
        this.accounts = accounts;
        this.breakdowns = breakdowns;
        this.scopes = scopes;
    }

    /**
     * The ledger in scope by 直接监管责任部门 (seed 000: 分行业、分领域、分区域), by class and grade; "" for the
     * enterprises without a department, last.
     */
    @Transactional(readOnly = true)
    public List<DepartmentStatistics> byDepartment(Account account) {
        return breakdowns.byDepartment(scopes.of(account));
    }

    /** Where a campaign's cases stand, per 直接监管责任部门 of the enterprises in the viewer's scope. */
    @Transactional(readOnly = true)
    public List<CampaignProgress> campaignProgressByDepartment(Account account, String campaignId) {
        return account.isEnterprise() ? List.of() : breakdowns.progressByDepartment(scopes.of(account), campaignId);
    }

    /** Where a campaign's cases stand, per industry section (门类) of the enterprises in the viewer's scope. */
    @Transactional(readOnly = true)
    public List<CampaignProgress> campaignProgressByIndustry(Account account, String campaignId) {
        return account.isEnterprise() ? List.of() : breakdowns.progressByIndustry(scopes.of(account), campaignId);
    }

    public Overview overview(Account account) {
        List<RegionStatistics> regions = ledger.statistics(account);
        long total = regions.stream().mapToLong(RegionStatistics::total).sum();
        long classI = regions.stream().mapToLong(RegionStatistics::classI).sum();
        long ungraded = regions.stream().mapToLong(RegionStatistics::ungraded).sum();
        return new Overview(
                total, classI, total - ungraded, inbox.count(account), inbox.overdueCount(account), regions);
    }

    /** 重点关注企业: the enterprises in scope that are in a watch period now (#14). */
    public long watched(Account account) {
        java.util.Set<String> watched = watchList.watchedNow();
        return watched.isEmpty() ? 0 : ledger.findAll(account, watched).size();
    }

    /** The ledger in scope by industry section (门类), for the class and grade distributions by industry. */
    public List<IndustryStatistics> byIndustry(Account account) {
        return ledger.statisticsByIndustry(account);
    }

    public List<OverdueByRegion> overdueByRegion(Account account) {
        List<Region> counties = ledger.regions(account).stream()
                .filter(r -> "COUNTY".equals(r.level()))
                .toList();
        Map<String, Long> counts = inbox.overdueByCounty(
                account, counties.stream().map(Region::code).toList());
        return counties.stream()
                .map(r -> new OverdueByRegion(r.code(), r.name(), counts.getOrDefault(r.code(), 0L)))
                .toList();
    }

    public List<OverdueByAssignee> overdueByAssignee(Account account) {
        return inbox.overdueByAssignee(account).entrySet().stream()
                .map(e -> new OverdueByAssignee(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** One department's overdue work (by the department of the official holding it; "" for unclaimed tasks). */
    public record OverdueByDepartment(String department, long overdue, long maxDaysOverdue) {}

    public List<OverdueByDepartment> overdueByDepartment(Account account) {
        Map<String, long[]> byDepartment = new java.util.TreeMap<>();
        for (OverdueByAssignee a : overdueByAssignee(account)) {
            String department = a.assignee().isEmpty()
                    ? ""
                    : accounts.find(a.assignee())
                            .map(Account::department)
                            .filter(d -> d != null && !d.isBlank())
                            .orElse("—");
            long[] sum = byDepartment.computeIfAbsent(department, d -> new long[2]);
            sum[0] += a.overdue();
            sum[1] = Math.max(sum[1], a.maxDaysOverdue());
        }
        return byDepartment.entrySet().stream()
                .map(e -> new OverdueByDepartment(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Where a campaign's cases stand, per county and step. */
    public List<CampaignProgress> campaignProgress(Account account, String campaignId) {
        return gradings.campaignProgress(account, campaignId);
    }

    /** Open tasks due within the next week, per task type. */
    public Map<String, Long> dueThisWeek(Account account) {
        return new LinkedHashMap<>(inbox.dueSoonByTaskKey(account, 7, TaskKeys.ALL));
    }

    public List<Campaign> campaigns(Account account) {
        return campaigns.list(account, 0, 10);
    }
}
