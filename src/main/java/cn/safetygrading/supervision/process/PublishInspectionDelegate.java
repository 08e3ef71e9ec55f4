package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.InspectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Publish: the finished inspection's result is published (双随机、一公开). */
@Component("publishInspectionDelegate")
public class PublishInspectionDelegate implements JavaDelegate {

    private final InspectionService inspections;

    public PublishInspectionDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.publish((String) execution.getVariable("inspectionId"));
    }
}
