package cn.safetygrading.document.domain;

/** The kinds of official document; the message key {@code document.kind.<NAME>} is its title. */
public enum DocumentKind {
    NOTICE_LIST,
    GRADE_RESULT,
    APPROVAL_SHEET,
    RECTIFICATION_ORDER,
    INSPECTION_RECORD,
    SIGN_OFF_SHEET,
    CIRCULAR
}
