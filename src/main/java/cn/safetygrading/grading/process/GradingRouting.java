package cn.safetygrading.grading.process;

import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.service.GradingCaseService;
import cn.safetygrading.ledger.service.Departments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works each grading-cycle task, as candidate-group expressions
 * ({@code ${gradingRouting.reviewers(execution)}}): computed from the case's stored state (its
 * department and region, written when it started and when the enterprise's department changes), never
 * from process variables.
 */
@Component("gradingRouting")
public class GradingRouting {

    private final GradingCaseService cases;
    private final Departments departments;

    public GradingRouting(GradingCaseService cases, Departments departments) {
        this.cases = cases;
        this.departments = departments;
    }

    /** selfAssessment: the enterprise of the case. */
    public String enterprise(DelegateExecution execution) {
        return "enterprise-" + cases.caseOf(execution.getProcessInstanceId()).uscc();
    }

    /** preliminaryReview and departmentDiagnosis: the reviewers of the case's department. */
    public String reviewers(DelegateExecution execution) {
        return reviewerGroup(cases.caseOf(execution.getProcessInstanceId()));
    }

    /**
     * The reviewers of the department stored with the case ({@code reviewer-371002-housing}: the
     * enterprise's 直接监管责任部门, for a 市级 enterprise the city's of its kind); a case without a known
     * department goes to the reviewers of its county ({@code reviewer-371002}), as before departments.
     */
    public String reviewerGroup(GradingCase gradingCase) {
        return departments
                .byName(gradingCase.department())
                .map(d -> "reviewer-" + d.id())
                .orElse("reviewer-" + gradingCase.countyCode());
    }

    /** spotCheck and objectionReview: the experts of the case's city. */
    public String experts(DelegateExecution execution) {
        return "expert-" + cases.caseOf(execution.getProcessInstanceId()).cityCode();
    }
}
