package cn.safetygrading.grading.process;

import cn.safetygrading.grading.domain.GradingCase;
import cn.safetygrading.grading.domain.RoundOutcome;
import cn.safetygrading.grading.service.GradingCaseService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the gateways, the timer and the decision inputs of grading-cycle decide on
 * ({@code ${gradingState.sampled(execution)}}): read from the case record, the notice table and
 * the enterprise file at the moment of the decision, never from process variables, which whoever
 * works a task could have written.
 */
@Component("gradingState")
public class GradingState {

    private final GradingCaseService cases;

    public GradingState(GradingCaseService cases) {
        this.cases = cases;
    }

    private GradingCase of(DelegateExecution execution) {
        return cases.caseOf(execution.getProcessInstanceId());
    }

    // ---- gateways

    public boolean departmentTrigger(DelegateExecution execution) {
        return "DEPARTMENT".equals(of(execution).trigger());
    }

    /** The latest preliminary review returned the submission. */
    public boolean returned(DelegateExecution execution) {
        return of(execution).reviewDecision() == RoundOutcome.RETURN;
    }

    public boolean sampled(DelegateExecution execution) {
        return Boolean.TRUE.equals(of(execution).sampled());
    }

    /** The latest spot check found falsified data. */
    public boolean falsified(DelegateExecution execution) {
        return Boolean.TRUE.equals(of(execution).lastFalsified());
    }

    /** The latest objection review upheld the objection. */
    public boolean objectionUpheld(DelegateExecution execution) {
        return Boolean.TRUE.equals(of(execution).objectionUpheld());
    }

    public boolean downgraded(DelegateExecution execution) {
        return Boolean.TRUE.equals(of(execution).downgraded());
    }

    // ---- the notice timer

    /** The end of the case's open notice. */
    public Date noticeEndsAt(DelegateExecution execution) {
        return cases.openNotice(execution.getProcessInstanceId())
                .map(n -> Date.from(n.endsAt().toInstant()))
                .orElseThrow(() -> new IllegalStateException("no open notice for " + execution.getProcessInstanceId()));
    }

    // ---- decision inputs (diagnosis-grade, spot-check-required)

    public double score(DelegateExecution execution) {
        var score = of(execution).selfScore();
        return score == null ? 0 : score.doubleValue();
    }

    public boolean vetoFailed(DelegateExecution execution) {
        return Boolean.TRUE.equals(of(execution).vetoFailed());
    }

    /** Read from the enterprise file now, not at the start: an accident during the cycle counts. */
    public boolean fatalAccidentWithin3Years(DelegateExecution execution) {
        return Boolean.TRUE.equals(
                cases.accidentsNow(execution.getProcessInstanceId()).get("fatalAccidentWithin3Years"));
    }

    public boolean generalAccident(DelegateExecution execution) {
        return Boolean.TRUE.equals(
                cases.accidentsNow(execution.getProcessInstanceId()).get("generalAccident"));
    }

    public String enterpriseClass(DelegateExecution execution) {
        return of(execution).enterpriseClass();
    }

    public String proposedGrade(DelegateExecution execution) {
        return of(execution).proposedGrade();
    }

    public boolean previouslyFalsified(DelegateExecution execution) {
        return cases.previouslyFalsified(execution.getProcessInstanceId());
    }

    public Double sampleDraw(DelegateExecution execution) {
        var draw = of(execution).sampleDraw();
        return draw == null ? null : draw.doubleValue();
    }

    public Double sampleRatio(DelegateExecution execution) {
        var ratio = of(execution).sampleRatio();
        return ratio == null ? null : ratio.doubleValue();
    }
}
