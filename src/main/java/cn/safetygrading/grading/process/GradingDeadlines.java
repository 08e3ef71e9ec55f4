package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingProperties;
import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Due dates of the user tasks and timers, used as expressions in the BPMN files
 * ({@code ${gradingDeadlines.review(execution)}}): a campaign's deadline where the case has one,
 * otherwise the project default counted from now.
 */
@Component("gradingDeadlines")
public class GradingDeadlines {

    public static final String SELF_ASSESSMENT_DUE = "selfAssessmentDue";
    public static final String REVIEW_DUE = "reviewDue";
    public static final String SPOT_CHECK_DUE = "spotCheckDue";

    private final GradingProperties properties;
    private final Clock clock;

    public GradingDeadlines(GradingProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public Date selfAssessment(VariableScope scope) {
        return dateOr(scope, SELF_ASSESSMENT_DUE, properties.selfAssessmentPeriod());
    }

    /** {@code reminderLead} before the deadline; at once when that moment has passed already. */
    public Date selfAssessmentReminder(VariableScope scope) {
        Date due = selfAssessment(scope);
        Date remind = Date.from(due.toInstant().atZone(clock.getZone()).minus(properties.reminderLead()).toInstant());
        Date now = Date.from(clock.instant());
        return remind.before(now) ? now : remind;
    }

    public Date review(VariableScope scope) {
        return dateOr(scope, REVIEW_DUE, properties.reviewPeriod());
    }

    public Date spotCheck(VariableScope scope) {
        return dateOr(scope, SPOT_CHECK_DUE, properties.spotCheckPeriod());
    }

    public Date objectionReview(VariableScope scope) {
        return fromNow(properties.objectionReviewPeriod());
    }

    public Date lookBack(VariableScope scope) {
        return fromNow(properties.lookBackPeriod());
    }

    private Date dateOr(VariableScope scope, String variable, Period fallback) {
        Object value = scope.getVariable(variable);
        return value instanceof Date date ? date : fromNow(fallback);
    }

    private Date fromNow(Period period) {
        return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
    }
}
