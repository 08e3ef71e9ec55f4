package cn.safetygrading.notice.service;

import cn.safetygrading.base.Page;
import cn.safetygrading.base.Text;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.domain.PublicNotice;
import cn.safetygrading.notice.persistence.NoticeMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public notice list (公示): what is published, withdrawn after an upheld objection, or closed when graded. */
@Service
@Transactional
public class NoticeService {

    public static final int MAX_PAGE = 200;

    private final NoticeMapper notices;
    private final EnterpriseFileService file;
    private final Clock clock;
    private final Translations texts;

    public NoticeService(Translations texts, NoticeMapper notices, EnterpriseFileService file, Clock clock) {
        this.texts = texts;
        this.notices = notices;
        this.file = file;
        this.clock = clock;
    }

    /** ISO-8601 period or duration ({@code P7D}, {@code PT1H}); anything else is refused. */
    public static TemporalAmount parsePeriod(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a notice period is required (ISO-8601, e.g. P7D)");
        }
        try {
            return value.contains("T") ? Duration.parse(value) : Period.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 period: " + value);
        }
    }

    /** Publishes the case's grade for the period; the open notice of the case if there is one already. */
    public Notice publish(String caseId, String uscc, String grade, String period) {
        var existing = notices.openForCase(caseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Notice notice = new Notice(
                UUID.randomUUID().toString(), caseId, uscc, grade, now, now.plus(parsePeriod(period)), "OPEN");
        notices.insert(notice);
        file.record(
                uscc,
                "NOTICE",
                "system",
                texts.zh(
                        "notice.text.published",
                        grade,
                        notice.endsAt().atZoneSameInstant(clock.getZone()).toLocalDate()),
                null,
                "notice:" + notice.id());
        return notice;
    }

    /** The case's notice while it is open (the grading process reads its grade and end from here). */
    @Transactional(readOnly = true)
    public java.util.Optional<Notice> openForCase(String caseId) {
        return notices.openForCase(caseId);
    }

    public void withdraw(String noticeId) {
        notices.find(noticeId).ifPresent(n -> {
            notices.setStatus(noticeId, "WITHDRAWN");
            file.record(
                    n.uscc(),
                    "NOTICE_WITHDRAWN",
                    "system",
                    texts.zh("notice.text.withdrawn"),
                    null,
                    "notice-withdrawn:" + noticeId);
        });
    }

    public void close(String noticeId) {
        if (noticeId != null) {
            notices.find(noticeId)
                    .filter(n -> "OPEN".equals(n.status()))
                    .ifPresent(n -> notices.setStatus(noticeId, "CLOSED"));
        }
    }

    @Transactional(readOnly = true)
    public List<PublicNotice> open(String text, int offset, int limit) {
        Page page = Page.of(offset, limit, MAX_PAGE);
        return notices.open(Text.blankToNull(text), OffsetDateTime.now(clock), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long countOpen(String text) {
        return notices.countOpen(Text.blankToNull(text), OffsetDateTime.now(clock));
    }

    public void markObjectionsInReview(String noticeId) {
        if (noticeId != null) {
            notices.markAllInReview(noticeId);
        }
    }

    /** The official's decision answers every objection still open against the notice. */
    public void decideObjections(String noticeId, boolean upheld, String by, String decision) {
        notices.decideOpenObjections(
                noticeId, upheld ? "UPHELD" : "DISMISSED", by, OffsetDateTime.now(clock), decision);
    }
}
