package cn.safetygrading.inbox.service;

import java.time.OffsetDateTime;

/** One row of the inbox: the task with the business data an official works by. */
public record InboxTask(
        String taskId,
        String taskName,
        String taskKey,
        String uscc,
        String enterpriseName,
        String regionName,
        String enterpriseClass,
        String grade,
        String proposedGrade,
        String campaignName,
        OffsetDateTime created,
        OffsetDateTime due,
        String assignee,
        boolean overdue) {

    /** The columns an inbox can be sorted by. */
    public enum Sort {
        TASK,
        ENTERPRISE,
        USCC,
        REGION,
        CLASS,
        CREATED,
        DUE,
        ASSIGNEE
    }
}
