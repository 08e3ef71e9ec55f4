package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CampaignDeadlines;
import cn.safetygrading.grading.service.GradingCaseService;
import cn.safetygrading.grading.service.GradingProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Due dates of the user tasks and timers, used as expressions in the BPMN files
 * ({@code ${gradingDeadlines.review(execution)}}): the deadline kept with the case (a campaign's,
 * or the self-assessment period counted from the start), otherwise the project default counted from
 * now. Never a process variable.
 */
@Component("gradingDeadlines")
public class GradingDeadlines {

    private final GradingProperties properties;
    private final GradingCaseService cases;
    private final CampaignDeadlines campaignDeadlines;
    private final Clock clock;

    public GradingDeadlines(
            GradingProperties properties, GradingCaseService cases, CampaignDeadlines campaignDeadlines, Clock clock) {
        this.properties = properties;
        this.cases = cases;
        this.campaignDeadlines = campaignDeadlines;
        this.clock = clock;
    }

    public Date selfAssessment(DelegateExecution execution) {
        return dateOr(
                cases.caseOf(execution.getProcessInstanceId()).selfAssessmentDue(), properties.selfAssessmentPeriod());
    }

    /**
     * Timer_SelfAssessmentDeadline: the deadline; for a campaign's cycle {@code campaign-deadline-safety-net}
     * later, behind the campaign-level deadline batches (grading-campaign), which normally move the case first.
     */
    public Date selfAssessmentTimer(DelegateExecution execution) {
        Date due = selfAssessment(execution);
        return inCampaign(execution) ? Date.from(due.toInstant().plus(properties.campaignDeadlineSafetyNet())) : due;
    }

    /**
     * Timer_SelfAssessmentReminder: {@code reminderLead} before the deadline; at once when that moment has passed
     * already. A campaign's cycle is reminded by the campaign (grading-campaign's reminder batches): its own
     * reminder timer is set a day after its safety-net deadline, so the deadline always removes it first.
     */
    public Date selfAssessmentReminder(DelegateExecution execution) {
        if (inCampaign(execution)) {
            return Date.from(selfAssessmentTimer(execution).toInstant().plus(java.time.Duration.ofDays(1)));
        }
        Date due = selfAssessment(execution);
        Date remind = Date.from(due.toInstant()
                .atZone(clock.getZone())
                .minus(properties.reminderLead())
                .toInstant());
        Date now = Date.from(clock.instant());
        return remind.before(now) ? now : remind;
    }

    /** The campaign's own reminder timer (grading-campaign, Start_CampaignReminder). */
    public Date campaignReminder(DelegateExecution execution) {
        return campaignDeadlines.reminder((String) execution.getVariable("campaignId"));
    }

    /** The campaign's own deadline timer (grading-campaign, Start_CampaignDeadline). */
    public Date campaignDeadline(DelegateExecution execution) {
        return campaignDeadlines.deadline((String) execution.getVariable("campaignId"));
    }

    public Date review(DelegateExecution execution) {
        return dateOr(cases.caseOf(execution.getProcessInstanceId()).reviewDue(), properties.reviewPeriod());
    }

    public Date spotCheck(DelegateExecution execution) {
        return dateOr(cases.caseOf(execution.getProcessInstanceId()).spotCheckDue(), properties.spotCheckPeriod());
    }

    public Date objectionReview(DelegateExecution execution) {
        return fromNow(properties.objectionReviewPeriod());
    }

    public Date lookBack(DelegateExecution execution) {
        return fromNow(properties.lookBackPeriod());
    }

    private boolean inCampaign(DelegateExecution execution) {
        return cases.caseOf(execution.getProcessInstanceId()).campaignId() != null;
    }

    private Date dateOr(OffsetDateTime due, Period fallback) {
        return due != null ? Date.from(due.toInstant()) : fromNow(fallback);
    }

    private Date fromNow(Period period) {
        return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
    }
}
