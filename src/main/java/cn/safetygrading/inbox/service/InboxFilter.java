package cn.safetygrading.inbox.service;

/**
 * Filters of the inbox; null means "any". {@code text} matches the enterprise's name or USCC;
 * {@code dueWithinDays} keeps tasks due within that many days (overdue ones included).
 */
public record InboxFilter(
        Show show,
        String taskKey,
        String countyCode,
        String campaignId,
        String enterpriseClass,
        boolean overdueOnly,
        Integer dueWithinDays,
        String text) {

    /** Whose tasks: mine (assigned to me), my groups' (offered to a group of mine), unassigned, or both mine and my groups'. */
    public enum Show {
        ALL,
        MINE,
        GROUPS,
        UNASSIGNED
    }

    public static InboxFilter all() {
        return new InboxFilter(Show.ALL, null, null, null, null, false, null, null);
    }
}
