package cn.safetygrading.notice.domain;

import java.time.OffsetDateTime;

/**
 * An objection as the enterprise it concerns sees it: what was objected and how it was decided, and
 * the enterprise's own statement; never who objected or how to reach them.
 */
public record EnterpriseObjection(
        String id,
        String receiptNo,
        String noticeGrade,
        OffsetDateTime filedAt,
        String text,
        String status,
        OffsetDateTime decidedAt,
        String decision,
        String reply,
        OffsetDateTime repliedAt) {

    public boolean open() {
        return "RECEIVED".equals(status) || "IN_REVIEW".equals(status);
    }
}
