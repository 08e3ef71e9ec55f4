package cn.safetygrading.grading.process;

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
    private final Clock clock;

    public GradingDeadlines(GradingProperties properties, GradingCaseService cases, Clock clock) {
        this.properties = properties;
        this.cases = cases;
        this.clock = clock;
    }

    public Date selfAssessment(DelegateExecution execution) {
        return dateOr(
                cases.caseOf(execution.getProcessInstanceId()).selfAssessmentDue(), properties.selfAssessmentPeriod());
    }

    /** {@code reminderLead} before the deadline; at once when that moment has passed already. */
    public Date selfAssessmentReminder(DelegateExecution execution) {
        Date due = selfAssessment(execution);
        Date remind = Date.from(due.toInstant()
                .atZone(clock.getZone())
                .minus(properties.reminderLead())
                .toInstant());
        Date now = Date.from(clock.instant());
        return remind.before(now) ? now : remind;
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

    private Date dateOr(OffsetDateTime due, Period fallback) {
        return due != null ? Date.from(due.toInstant()) : fromNow(fallback);
    }

    private Date fromNow(Period period) {
        return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
    }
}
