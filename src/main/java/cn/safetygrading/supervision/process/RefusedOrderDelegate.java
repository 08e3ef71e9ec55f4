package cn.safetygrading.supervision.process;

import cn.safetygrading.supervision.service.InspectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RefusedOrder: the order was refused; recorded once and REFUSED_ORDER raised. */
@Component("refusedOrderDelegate")
public class RefusedOrderDelegate implements JavaDelegate {

    private final InspectionService inspections;

    public RefusedOrderDelegate(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inspections.orderRefused((String) execution.getVariable("inspectionId"));
    }
}
