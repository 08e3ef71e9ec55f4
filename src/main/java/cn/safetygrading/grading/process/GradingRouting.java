package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works each grading-cycle task, as candidate-group expressions
 * ({@code ${gradingRouting.reviewers(execution)}}): computed from the region stored with the case
 * when it started, never from process variables. One method per routing, so routing by department
 * (domain §11) changes one place.
 */
@Component("gradingRouting")
public class GradingRouting {

    private final GradingCaseService cases;

    public GradingRouting(GradingCaseService cases) {
        this.cases = cases;
    }

    /** selfAssessment: the enterprise of the case. */
    public String enterprise(DelegateExecution execution) {
        return "enterprise-" + cases.caseOf(execution.getProcessInstanceId()).uscc();
    }

    /** preliminaryReview and departmentDiagnosis: the reviewers of the case's county. */
    public String reviewers(DelegateExecution execution) {
        return "reviewer-" + cases.caseOf(execution.getProcessInstanceId()).countyCode();
    }

    /** spotCheck and objectionReview: the experts of the case's city. */
    public String experts(DelegateExecution execution) {
        return "expert-" + cases.caseOf(execution.getProcessInstanceId()).cityCode();
    }
}
