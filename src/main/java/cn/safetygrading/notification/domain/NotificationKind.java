package cn.safetygrading.notification.domain;

/** Why someone is told something; the label is {@code notification.kind.<NAME>} of the bundle. */
public enum NotificationKind {
    NEW_TASK,
    TASK_RETURNED,
    DUE_SOON,
    OVERDUE,
    URGED,
    OBJECTION_RECEIVED,
    GRADE_DECIDED,
    RECTIFICATION_ORDER,
    INSPECTION_DRAWN,
    /** A campaign's self-assessment is still open: its enterprises' accounts are reminded. */
    SELF_ASSESSMENT_REMINDER;

    public String labelKey() {
        return "notification.kind." + name();
    }
}
