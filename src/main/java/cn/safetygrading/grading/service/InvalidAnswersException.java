package cn.safetygrading.grading.service;

import java.util.List;

/**
 * Answers that cannot be scored. The message names the checklist and the items at fault (for logs
 * and developers); {@link #messageKey()} and {@link #itemIds()} let a view say the same in the
 * user's language ({@code checklist.error.*} in {@code i18n/grading_*.properties}, {@code {0}} = the
 * item ids).
 */
public class InvalidAnswersException extends IllegalArgumentException {

    public enum Problem {
        /** An answer for an item the checklist does not have. */
        UNKNOWN_ITEM,
        /** An answer that is not MET, PARTIAL, NOT_MET or NOT_APPLICABLE. */
        UNKNOWN_ANSWER,
        /** NOT_APPLICABLE on a mandatory (必备项) or veto (否决项) item. */
        NOT_APPLICABLE_FORBIDDEN,
        /** A submission leaves items unanswered. */
        MISSING_ANSWERS
    }

    private final Problem problem;
    private final String checklistId;
    private final List<String> itemIds;

    public InvalidAnswersException(Problem problem, String checklistId, List<String> itemIds, String message) {
        super("checklist " + checklistId + ": " + message);
        this.problem = problem;
        this.checklistId = checklistId;
        this.itemIds = List.copyOf(itemIds);
    }

    public Problem problem() {
        return problem;
    }

    public String checklistId() {
        return checklistId;
    }

    /** The items at fault, in checklist order (unknown ids sorted). */
    public List<String> itemIds() {
        return itemIds;
    }

    /** e.g. {@code checklist.error.MISSING_ANSWERS}; its one parameter is the comma-separated item ids. */
    public String messageKey() {
        return "checklist.error." + problem.name();
    }
}
