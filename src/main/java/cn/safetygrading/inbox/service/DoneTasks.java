package cn.safetygrading.inbox.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.domain.EnterpriseFilter;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * 已办: the tasks an official completed (history, assignee = the official, delete reason "completed" — a
 * completion through the inbox always claims first), newest first, by completion date range (days in the
 * application's zone), task type and enterprise (name or USCC of an enterprise in the official's scope).
 * Only the official's own completions: nobody lists another's work here.
 */
@Service
public class DoneTasks {

    /** What the 已办 list shows of one completed task. */
    public record DoneTask(
            String taskId,
            String taskKey,
            String taskName,
            String uscc,
            String enterpriseName,
            OffsetDateTime created,
            OffsetDateTime completed,
            String processInstanceId) {}

    /** Filters; null means any. {@code from}/{@code to} are completion days, both included. */
    public record Filter(LocalDate from, LocalDate to, String taskKey, String enterprise) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    private final HistoryService history;
    private final LedgerService ledger;
    private final ZoneId zone;

    public DoneTasks(HistoryService history, LedgerService ledger, java.time.Clock clock) {
        this.history = history;
        this.ledger = ledger;
        this.zone = clock.getZone();
    }

    public List<DoneTask> page(Account account, Filter filter, int offset, int limit) {
        HistoricTaskInstanceQuery query = query(account, filter);
        if (query == null) {
            return List.of();
        }
        Page page = Page.of(offset, limit, LedgerService.MAX_PAGE);
        List<HistoricTaskInstance> rows =
                query.orderByHistoricTaskInstanceEndTime().desc().listPage(page.offset(), page.limit());
        java.util.Set<String> instances = rows.stream()
                .map(HistoricTaskInstance::getProcessInstanceId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, String> keys = new java.util.HashMap<>();
        if (!instances.isEmpty()) {
            history.createHistoricProcessInstanceQuery().processInstanceIds(instances).list().stream()
                    .filter(p -> p.getBusinessKey() != null)
                    .forEach(p -> keys.put(p.getId(), p.getBusinessKey()));
        }
        Map<String, Enterprise> names =
                ledger.findAll(account, keys.values().stream().distinct().toList());
        return rows.stream()
                .map(t -> {
                    String uscc = t.getProcessInstanceId() == null ? null : keys.get(t.getProcessInstanceId());
                    Enterprise enterprise = uscc == null ? null : names.get(uscc);
                    return new DoneTask(
                            t.getId(),
                            t.getTaskDefinitionKey(),
                            t.getName(),
                            uscc,
                            enterprise == null ? null : enterprise.name(),
                            time(t.getStartTime()),
                            time(t.getEndTime()),
                            t.getProcessInstanceId());
                })
                .toList();
    }

    public long count(Account account, Filter filter) {
        HistoricTaskInstanceQuery query = query(account, filter);
        return query == null ? 0 : query.count();
    }

    /** The query of the official's own completions, or null when the enterprise filter matches nothing in scope. */
    private HistoricTaskInstanceQuery query(Account account, Filter filter) {
        if (account.isEnterprise()) {
            return null;
        }
        HistoricTaskInstanceQuery query = history.createHistoricTaskInstanceQuery()
                .taskAssignee(account.userId())
                .finished()
                .taskDeleteReason("completed");
        if (filter.from() != null) {
            query.finishedAfter(Date.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            query.finishedBefore(
                    Date.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
            query.taskDefinitionKey(filter.taskKey());
        }
        if (filter.enterprise() != null && !filter.enterprise().isBlank()) {
            List<String> usccs = ledger
                    .page(
                            account,
                            new EnterpriseFilter(filter.enterprise().trim(), null, null, null, null, null),
                            "uscc",
                            false,
                            0,
                            LedgerService.MAX_PAGE)
                    .stream()
                    .map(Enterprise::uscc)
                    .toList();
            if (usccs.isEmpty()) {
                return null;
            }
            query.processInstanceBusinessKeyIn(usccs.toArray(String[]::new));
        }
        return query;
    }

    private OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
    }
}
