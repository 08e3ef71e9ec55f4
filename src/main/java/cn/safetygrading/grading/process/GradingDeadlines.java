package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.CaseDeadlines;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The expressions {@code ${gradingDeadlines.…(execution)}} of grading-cycle and grading-campaign as they were
 * deployed before the due dates moved to {@link CaseDeadlines} ({@code ${caseDeadlines.…}}): instances of those
 * earlier process versions still running in a database keep evaluating them, so this adapter stays until none is
 * left (Cockpit: the process definitions' versions with running instances). It only reads the execution's ids
 * and passes them on; the rules are in {@link CaseDeadlines}.
 */
@Component("gradingDeadlines")
public class GradingDeadlines {

    private final CaseDeadlines deadlines;

    public GradingDeadlines(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public Date selfAssessment(DelegateExecution execution) {
        return deadlines.selfAssessment(execution.getProcessInstanceId());
    }

    public Date selfAssessmentTimer(DelegateExecution execution) {
        return deadlines.selfAssessmentTimer(execution.getProcessInstanceId());
    }

    public Date selfAssessmentReminder(DelegateExecution execution) {
        return deadlines.selfAssessmentReminder(execution.getProcessInstanceId());
    }

    public Date campaignReminder(DelegateExecution execution) {
        return deadlines.campaignReminder((String) execution.getVariable("campaignId"));
    }

    public Date campaignDeadline(DelegateExecution execution) {
        return deadlines.campaignDeadline((String) execution.getVariable("campaignId"));
    }

    public Date review(DelegateExecution execution) {
        return deadlines.review(execution.getProcessInstanceId());
    }

    public Date spotCheck(DelegateExecution execution) {
        return deadlines.spotCheck(execution.getProcessInstanceId());
    }

    public Date objectionReview(DelegateExecution execution) {
        return deadlines.objectionReview();
    }

    public Date lookBack(DelegateExecution execution) {
        return deadlines.lookBack();
    }
}
