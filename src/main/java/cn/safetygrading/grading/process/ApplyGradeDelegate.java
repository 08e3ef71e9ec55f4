package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradeApplication;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApplyGrade: the final grade into the ledger and the enterprise file. */
@Component("applyGradeDelegate")
public class ApplyGradeDelegate implements JavaDelegate {

    private final GradeApplication grades;

    public ApplyGradeDelegate(GradeApplication grades) {
        this.grades = grades;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GradeApplication.Applied applied = grades.applyGrade(execution.getProcessInstanceId());
        execution.setVariable("finalGrade", applied.finalGrade());
        execution.setVariable("downgraded", applied.downgraded());
        execution.setVariable("inspectionIntervalMonths", applied.inspectionIntervalMonths());
        execution.setVariable("stationing", applied.stationing());
    }
}
