package cn.safetygrading.inbox.persistence;

import java.util.Date;

/**
 * One inbox query over the read model. Who: {@code admin} sees every task; otherwise the tasks
 * assigned to {@code userId} or offered to one of {@code groups}, and for a manager also every task of
 * the region ({@code scopeColumn} is {@code city_code} or {@code county_code}, {@code scopeRegion} its
 * code). {@code show} narrows that to MINE, GROUPS or UNASSIGNED (ALL: no narrowing). The rest are
 * filters; null means "any". {@code orderBy} is a whitelisted SQL order clause built by the service.
 */
public record InboxCriteria(
        String userId,
        String[] groups,
        boolean admin,
        String scopeColumn,
        String scopeRegion,
        String show,
        String taskKey,
        String countyCode,
        String campaignId,
        String enterpriseClass,
        Date dueBefore,
        Date dueAfter,
        String usccPrefix,
        String nameLike,
        String orderBy) {

    /** The same query with the due window set: due after {@code after} and before {@code before}. */
    public InboxCriteria withDue(Date before, Date after) {
        return new InboxCriteria(
                userId,
                groups,
                admin,
                scopeColumn,
                scopeRegion,
                show,
                taskKey,
                countyCode,
                campaignId,
                enterpriseClass,
                before,
                after,
                usccPrefix,
                nameLike,
                orderBy);
    }
}
