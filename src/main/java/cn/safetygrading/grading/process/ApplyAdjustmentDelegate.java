package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradeAdjustmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyAdjustment (grade-adjustment). */
@Component("applyAdjustmentDelegate")
public class ApplyAdjustmentDelegate implements JavaDelegate {

    private final GradeAdjustmentService adjustments;

    public ApplyAdjustmentDelegate(GradeAdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        adjustments.apply(execution);
    }
}
