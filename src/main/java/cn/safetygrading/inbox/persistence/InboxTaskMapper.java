package cn.safetygrading.inbox.persistence;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The inbox's read model (table {@code inbox_task}). Rows are rebuilt from the engine's runtime
 * tables (ACT_RU_TASK, ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE: read only, never written) in the
 * transaction that changed them; the queries answer the inbox and the dashboard.
 */
@Mapper
public interface InboxTaskMapper {

    /**
     * Rebuilds the rows of these tasks, or (taskIds null) of every task of these process instances,
     * from the engine's tables, locking the engine's rows for share so a concurrent transaction that
     * deletes or changes one is waited for, and its result is what is written.
     */
    int upsert(@Param("taskIds") String[] taskIds, @Param("processIds") String[] processIds);

    /** Deletes the rows of these tasks, or (taskIds null) of these process instances, whose task no longer exists. */
    int deleteGone(@Param("taskIds") String[] taskIds, @Param("processIds") String[] processIds);

    /** Rebuilds every row (start-up): all open tasks, no locks. */
    int upsertAll();

    /** Deletes every row whose task no longer exists (start-up). */
    int deleteAllGone();

    List<InboxRow> page(@Param("q") InboxCriteria criteria, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") InboxCriteria criteria);

    /** county_code → number of tasks matching the criteria. */
    List<KeyCount> countByCounty(@Param("q") InboxCriteria criteria);

    /** assignee ("" unclaimed) → number of tasks and the earliest due date. */
    List<AssigneeCount> countByAssignee(@Param("q") InboxCriteria criteria);

    /** task_key → number of tasks matching the criteria, for these task keys. */
    List<KeyCount> countByTaskKey(@Param("q") InboxCriteria criteria, @Param("taskKeys") Collection<String> taskKeys);

    /** One task's row, labelled, or null when the read model has none. */
    InboxRow byId(@Param("taskId") String taskId);

    /** One row of the read model with what the inbox shows of its enterprise (from the ledger) and campaign. */
    record InboxRow(
            String taskId,
            String procInstId,
            String taskKey,
            String name,
            String assignee,
            Date created,
            Date due,
            String businessKey,
            String enterpriseName,
            String regionName,
            String enterpriseClass,
            String grade,
            String proposedGrade,
            String campaignName) {}

    /** A group key (county, task key) and how many tasks it has. */
    record KeyCount(String key, long count) {}

    /** An assignee ("" unclaimed), how many overdue tasks it has and the earliest due date. */
    record AssigneeCount(String key, long count, Date earliestDue) {}
}
