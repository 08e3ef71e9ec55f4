package cn.safetygrading.grading.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.persistence.CampaignDeadlineMapper;
import cn.safetygrading.grading.persistence.CampaignDeadlineMapper.OpenCase;
import cn.safetygrading.grading.persistence.CampaignMapper;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.notification.service.NotificationService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The campaign-level self-assessment reminder and deadline (grading-campaign's deadline event subprocesses):
 * instead of one timer per case, one timer per campaign and lanes of batches, each batch of
 * {@code app.grading.campaign-batch-size} open cases in one transaction. A case is open while its
 * {@code selfAssessment} task is (the case's step). The per-case deadline timer stays as a safety net, later by
 * {@code app.grading.campaign-deadline-safety-net}.
 */
@Service
public class CampaignDeadlines {

    /** Correlated per grading-cycle instance: the interrupting boundary {@code Message_SelfAssessmentDeadline}. */
    public static final String DEADLINE_MESSAGE = "self-assessment-deadline";

    /** Where a lane stands after a batch: the last USCC done, and whether the lane has no more cases. */
    public record Batch(String cursor, boolean done, int handled) {}

    private final CampaignMapper campaigns;
    private final CampaignDeadlineMapper openCases;
    private final NotificationService notifications;
    private final EnterpriseFileService file;
    private final RuntimeService runtime;
    private final GradingProperties properties;
    private final Translations texts;
    private final Clock clock;

    public CampaignDeadlines(
            CampaignMapper campaigns,
            CampaignDeadlineMapper openCases,
            NotificationService notifications,
            EnterpriseFileService file,
            RuntimeService runtime,
            GradingProperties properties,
            Translations texts,
            Clock clock) {
        this.campaigns = campaigns;
        this.openCases = openCases;
        this.notifications = notifications;
        this.file = file;
        this.runtime = runtime;
        this.properties = properties;
        this.texts = texts;
        this.clock = clock;
    }

    /** The campaign's self-assessment deadline. */
    public Date deadline(String campaignId) {
        return Date.from(campaign(campaignId).selfAssessmentDue().toInstant());
    }

    /** {@code reminder-lead} before the campaign's deadline; at once when that moment has passed already. */
    public Date reminder(String campaignId) {
        OffsetDateTime due = campaign(campaignId).selfAssessmentDue();
        Date remind = Date.from(due.atZoneSameInstant(clock.getZone())
                .minus(properties.reminderLead())
                .toInstant());
        Date now = Date.from(clock.instant());
        return remind.before(now) ? now : remind;
    }

    /**
     * The in-app reminder (and its deliveries) to every account of every enterprise of the campaign that has not
     * submitted, in one statement; named after the deadline, so a repeat reaches nobody twice.
     */
    public int notifyOpen(String campaignId) {
        LocalDate day = dueDay(campaignId);
        return notifications.remindSelfAssessment(
                campaignId,
                "before-" + day,
                texts.get("campaignDeadline.reminder.title", Translations.CHINESE),
                texts.get("campaignDeadline.reminder.body", Translations.CHINESE, day.toString()));
    }

    /** One batch of the reminder: the enterprise-file line of each open case of the lane, once per case. */
    public Batch remindBatch(String campaignId, String cursor, int lane, int lanes) {
        List<OpenCase> batch = next(campaignId, cursor, lane, lanes);
        String summary = texts.get(
                "campaignDeadline.reminder.summary",
                Translations.CHINESE,
                dueDay(campaignId).toString());
        int handled = 0;
        for (OpenCase open : batch) {
            if (file.record(
                    open.uscc(),
                    "REMINDER",
                    "system",
                    summary,
                    null,
                    "reminder:" + open.processInstanceId() + ":campaign")) {
                handled++;
            }
        }
        return after(batch, cursor, handled);
    }

    /**
     * One batch of the deadline: each open case of the lane leaves its self-assessment by the missed-deadline path
     * (the interrupting message boundary), all in this transaction. A case submitted meanwhile has no subscription
     * any more and is passed over.
     */
    public Batch deadlineBatch(String campaignId, String cursor, int lane, int lanes) {
        List<OpenCase> batch = next(campaignId, cursor, lane, lanes);
        int handled = 0;
        for (OpenCase open : batch) {
            handled += runtime.createMessageCorrelation(DEADLINE_MESSAGE)
                    .processInstanceId(open.processInstanceId())
                    .correlateAllWithResult()
                    .size();
        }
        return after(batch, cursor, handled);
    }

    private List<OpenCase> next(String campaignId, String cursor, int lane, int lanes) {
        return openCases.openSelfAssessments(campaignId, cursor, properties.campaignBatchSize(), lane, lanes);
    }

    private Batch after(List<OpenCase> batch, String cursor, int handled) {
        return new Batch(
                batch.isEmpty() ? cursor : batch.get(batch.size() - 1).uscc(),
                batch.size() < properties.campaignBatchSize(),
                handled);
    }

    private LocalDate dueDay(String campaignId) {
        return campaign(campaignId)
                .selfAssessmentDue()
                .atZoneSameInstant(clock.getZone())
                .toLocalDate();
    }

    private Campaign campaign(String campaignId) {
        return campaigns.find(campaignId).orElseThrow(() -> new IllegalStateException("no campaign " + campaignId));
    }
}
