package cn.safetygrading.grading.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Service;

/**
 * Due dates of the grading processes' user tasks and timers, used as expressions in the BPMN files
 * ({@code ${caseDeadlines.review(execution.processInstanceId)}},
 * {@code ${caseDeadlines.campaignDeadline(campaignId)}}): the deadline kept with the case (a campaign's, or the
 * self-assessment period counted from the start), otherwise the project default counted from now. Never a process
 * variable; plain values in: the rules need no execution.
 */
@Service("caseDeadlines")
public class CaseDeadlines {

    private final GradingProperties properties;
    private final GradingCaseService cases;
    private final CampaignDeadlines campaignDeadlines;
    private final Clock clock;

    public CaseDeadlines(
            GradingProperties properties, GradingCaseService cases, CampaignDeadlines campaignDeadlines, Clock clock) {
        this.properties = properties;
        this.cases = cases;
        this.campaignDeadlines = campaignDeadlines;
        this.clock = clock;
    }

    public Date selfAssessment(String processInstanceId) {
        return dateOr(cases.caseOf(processInstanceId).selfAssessmentDue(), properties.selfAssessmentPeriod());
    }

    /**
     * Timer_SelfAssessmentDeadline: the deadline; for a campaign's cycle {@code campaign-deadline-safety-net}
     * later, behind the campaign-level deadline batches (grading-campaign), which normally move the case first.
     */
    public Date selfAssessmentTimer(String processInstanceId) {
        Date due = selfAssessment(processInstanceId);
        return inCampaign(processInstanceId)
                ? Date.from(due.toInstant().plus(properties.campaignDeadlineSafetyNet()))
                : due;
    }

    /**
     * Timer_SelfAssessmentReminder: {@code reminderLead} before the deadline; at once when that moment has passed
     * already. A campaign's cycle is reminded by the campaign (grading-campaign's reminder batches): its own
     * reminder timer is set a day after its safety-net deadline, so the deadline always removes it first.
     */
    public Date selfAssessmentReminder(String processInstanceId) {
        if (inCampaign(processInstanceId)) {
            return Date.from(selfAssessmentTimer(processInstanceId).toInstant().plus(Duration.ofDays(1)));
        }
        Date due = selfAssessment(processInstanceId);
        Date remind = Date.from(due.toInstant()
                .atZone(clock.getZone())
                .minus(properties.reminderLead())
                .toInstant());
        Date now = Date.from(clock.instant());
        return remind.before(now) ? now : remind;
    }

    /** The campaign's own reminder timer (grading-campaign, Start_CampaignReminder). */
    public Date campaignReminder(String campaignId) {
        return campaignDeadlines.reminder(campaignId);
    }

    /** The campaign's own deadline timer (grading-campaign, Start_CampaignDeadline). */
    public Date campaignDeadline(String campaignId) {
        return campaignDeadlines.deadline(campaignId);
    }

    public Date review(String processInstanceId) {
        return dateOr(cases.caseOf(processInstanceId).reviewDue(), properties.reviewPeriod());
    }

    public Date spotCheck(String processInstanceId) {
        return dateOr(cases.caseOf(processInstanceId).spotCheckDue(), properties.spotCheckPeriod());
    }

    public Date objectionReview() {
        return fromNow(properties.objectionReviewPeriod());
    }

    public Date lookBack() {
        return fromNow(properties.lookBackPeriod());
    }

    private boolean inCampaign(String processInstanceId) {
        return cases.caseOf(processInstanceId).campaignId() != null;
    }

    private Date dateOr(OffsetDateTime due, Period fallback) {
        return due != null ? Date.from(due.toInstant()) : fromNow(fallback);
    }

    private Date fromNow(Period period) {
        return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
    }
}
