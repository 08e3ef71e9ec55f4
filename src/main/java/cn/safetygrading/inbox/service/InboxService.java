package cn.safetygrading.inbox.service;

import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.security.domain.Account;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/** The tasks an official may work: assigned to them or offered to one of their groups. */
@Service
public class InboxService {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final LedgerService ledger;
    private final Clock clock;

    public InboxService(TaskService tasks, RuntimeService runtime, LedgerService ledger, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.ledger = ledger;
        this.clock = clock;
    }

    public List<InboxTask> page(Account account, int offset, int limit) {
        if (account.isEnterprise()) {
            return List.of();
        }
        List<Task> page = query(account).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(Math.max(0, offset), Math.min(Math.max(1, limit), LedgerService.MAX_PAGE));
        Set<String> instanceIds = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, Enterprise> enterprises = ledger.findAll(account, Set.copyOf(businessKeys.values()));
        Date now = Date.from(clock.instant());
        return page.stream().map(t -> {
            String uscc = businessKeys.get(t.getProcessInstanceId());
            Enterprise e = uscc == null ? null : enterprises.get(uscc);
            return new InboxTask(t.getId(), t.getName(), t.getTaskDefinitionKey(), uscc,
                    e == null ? null : e.name(), e == null ? null : e.regionName(),
                    e == null ? null : e.enterpriseClass(), e == null ? null : e.grade(),
                    toOffset(t.getCreateTime()), toOffset(t.getDueDate()), t.getAssignee(),
                    t.getDueDate() != null && t.getDueDate().before(now));
        }).toList();
    }

    public long count(Account account) {
        return account.isEnterprise() ? 0 : query(account).count();
    }

    /** Open tasks of the account's groups whose due date has passed. */
    public long overdueCount(Account account) {
        return account.isEnterprise() ? 0 : query(account).dueBefore(Date.from(clock.instant())).count();
    }

    private TaskQuery query(Account account) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (account.isAdmin()) {
            return query;
        }
        List<String> groups = account.groups();
        if (groups.isEmpty()) {
            return query.taskAssignee(account.userId());
        }
        return query.or().taskAssignee(account.userId()).taskCandidateGroupIn(groups).endOr();
    }

    private OffsetDateTime toOffset(Date date) {
        return date == null ? null : date.toInstant().atZone(clock.getZone()).toOffsetDateTime();
    }
}
