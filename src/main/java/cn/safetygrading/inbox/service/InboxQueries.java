package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.inbox.persistence.InboxCriteria;
import cn.safetygrading.inbox.persistence.InboxTaskMapper;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The inbox's lists and counts: pages of the filtered inbox, overdue and due-soon figures, read from
 * the read model ({@link InboxReadModel}) within what {@link TaskAccess} lets the account see.
 */
@Service
public class InboxQueries {

    private final InboxTaskMapper readModel;
    private final CampaignService campaignService;
    private final TaskAccess access;
    private final Clock clock;

    InboxQueries(InboxTaskMapper readModel, CampaignService campaignService, TaskAccess access, Clock clock) {
        this.readModel = readModel;
        this.campaignService = campaignService;
        this.access = access;
        this.clock = clock;
    }

    public List<InboxTask> page(Account account, int offset, int limit) {
        return page(account, InboxFilter.all(), offset, limit);
    }

    public List<InboxTask> page(Account account, InboxFilter filter, int offset, int limit) {
        return page(account, filter, List.of(), offset, limit);
    }

    /**
     * One page of the filtered inbox in the given order (column, ascending), then due first and
     * oldest first. Read from the inbox's read model ({@link InboxReadModel}), whose business
     * columns are the process variables the cases keep.
     */
    public List<InboxTask> page(
            Account account, InboxFilter filter, List<Map.Entry<InboxTask.Sort, Boolean>> sort, int offset, int limit) {
        if (account.isEnterprise()) {
            return List.of();
        }
        StringBuilder order = new StringBuilder();
        for (Map.Entry<InboxTask.Sort, Boolean> entry : sort) {
            String column = switch (entry.getKey()) {
                case TASK -> "i.name";
                case ENTERPRISE -> "i.enterprise_name";
                case USCC -> "i.business_key";
                case REGION -> "i.county_code";
                case CLASS -> "i.enterprise_class";
                case CREATED -> "i.created";
                case DUE -> "i.due";
                case ASSIGNEE -> "i.assignee";
            };
            order.append(column).append(entry.getValue() ? " asc, " : " desc, ");
        }
        order.append("i.due asc, i.created asc, i.task_id asc");
        Page page = Page.of(offset, limit, LedgerService.MAX_PAGE);
        List<InboxTaskMapper.InboxRow> rows =
                readModel.page(criteria(account, filter, order.toString()), page.offset(), page.limit());
        return label(rows);
    }

    /** The campaigns a filter can pick from: those of the account's region and below, newest first. */
    public List<Campaign> campaigns(Account account) {
        return account.isEnterprise() ? List.of() : campaignService.list(account, 0, 100);
    }

    public long count(Account account) {
        return count(account, InboxFilter.all());
    }

    public long count(Account account, InboxFilter filter) {
        return account.isEnterprise() ? 0 : readModel.count(criteria(account, filter, null));
    }

    /** Open tasks of the account's groups whose due date has passed. */
    public long overdueCount(Account account) {
        return account.isEnterprise() ? 0 : readModel.count(overdue(account));
    }

    /** Overdue tasks of the account's scope per county (the process variable countyCode). */
    public Map<String, Long> overdueByCounty(Account account, List<String> countyCodes) {
        Map<String, Long> byCounty = new java.util.HashMap<>();
        if (!account.isEnterprise()) {
            readModel.countByCounty(overdue(account)).forEach(row -> byCounty.put(row.key(), row.count()));
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String county : countyCodes) {
            counts.put(county, byCounty.getOrDefault(county, 0L));
        }
        return counts;
    }

    /** Overdue tasks per assignee ("" for unclaimed) and the longest delay in whole days. */
    public Map<String, long[]> overdueByAssignee(Account account) {
        Map<String, long[]> byAssignee = new java.util.TreeMap<>();
        if (account.isEnterprise()) {
            return byAssignee;
        }
        long nowMillis = clock.millis();
        for (InboxTaskMapper.AssigneeCount row : readModel.countByAssignee(overdue(account))) {
            long earliest = row.earliestDue().getTime();
            byAssignee.put(row.key(), new long[] {row.count(), (nowMillis - earliest) / 86_400_000L});
        }
        return byAssignee;
    }

    /** Open tasks per task type due within the next {@code days} days (not yet overdue). */
    public Map<String, Long> dueSoonByTaskKey(Account account, int days, List<String> taskKeys) {
        Map<String, Long> byKey = new java.util.HashMap<>();
        if (!account.isEnterprise() && !taskKeys.isEmpty()) {
            Date until = Date.from(clock.instant().plusSeconds(86_400L * days));
            readModel
                    .countByTaskKey(criteria(account, InboxFilter.all(), null).withDue(until, now()), taskKeys)
                    .forEach(row -> byKey.put(row.key(), row.count()));
        }
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String key : taskKeys) {
            counts.put(key, byKey.getOrDefault(key, 0L));
        }
        return counts;
    }

    private InboxCriteria overdue(Account account) {
        return criteria(account, new InboxFilter(InboxFilter.Show.ALL, null, null, null, null, true, null, null), null);
    }

    /**
     * The read-model query of a filter: what {@link #visible} admits (every task for administrators;
     * the account's own and its groups' tasks; a manager's whole region), narrowed by the filter.
     */
    private InboxCriteria criteria(Account account, InboxFilter filter, String orderBy) {
        String[] groups = access.overseenGroups(account).toArray(String[]::new);
        String scopeColumn = null;
        if (!account.isAdmin() && !account.groups().isEmpty() && access.overseesRegion(account)) {
            scopeColumn = account.regionCode().endsWith("00") ? "city_code" : "county_code";
        }
        Date dueBefore = null;
        if (filter.overdueOnly()) {
            dueBefore = now();
        } else if (filter.dueWithinDays() != null) {
            dueBefore = Date.from(clock.instant().plusSeconds(86_400L * filter.dueWithinDays()));
        }
        String usccPrefix = null;
        String nameLike = null;
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = likeEscaped(filter.text().strip());
            usccPrefix = text.toUpperCase(java.util.Locale.ROOT) + "%";
            nameLike = "%" + text + "%";
        }
        return new InboxCriteria(
                account.userId(),
                groups,
                account.isAdmin(),
                scopeColumn,
                scopeColumn == null ? null : account.regionCode(),
                filter.show().name(),
                filter.taskKey(),
                filter.countyCode(),
                filter.campaignId(),
                filter.enterpriseClass(),
                dueBefore,
                null,
                usccPrefix,
                nameLike,
                orderBy);
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    List<InboxTask> label(List<InboxTaskMapper.InboxRow> page) {
        Date now = now();
        return page.stream()
                .map(t -> new InboxTask(
                        t.taskId(),
                        t.name(),
                        t.taskKey(),
                        t.businessKey(),
                        t.enterpriseName(),
                        t.regionName(),
                        t.enterpriseClass(),
                        t.grade(),
                        t.proposedGrade(),
                        t.campaignName(),
                        access.toOffset(t.created()),
                        access.toOffset(t.due()),
                        t.assignee(),
                        t.due() != null && t.due().before(now)))
                .toList();
    }

    private Date now() {
        return Date.from(clock.instant());
    }
}
