package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradeAdjustmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNotConfirmed (grade-adjustment): the manager did not confirm one of the four grounds; the move
 * is recorded as refused (NOT_CONFIRMED) and the grade stays. Sets {@code adjusted} false and {@code refusal}.
 */
@Component("notConfirmedAdjustmentDelegate")
public class NotConfirmedAdjustmentDelegate implements JavaDelegate {

    private final GradeAdjustmentService adjustments;

    public NotConfirmedAdjustmentDelegate(GradeAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GradeAdjustmentService.Outcome outcome = adjustments.notConfirmed(ApplyAdjustmentDelegate.request(execution));
        execution.setVariable("currentGrade", outcome.previousGrade());
        execution.setVariable("adjusted", false);
        execution.setVariable("refusal", outcome.refusal().name());
    }
}
