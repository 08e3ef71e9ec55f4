package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingSampling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSample: records whether and why the case was sampled. */
@Component("recordSampleDelegate")
public class RecordSampleDelegate implements JavaDelegate {

    private final GradingSampling sampling;

    public RecordSampleDelegate(GradingSampling sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean sampled = sampling.recordSample(Steps.ref(execution), Steps.text(execution, "sampleReason"));
        execution.setVariable("sampled", sampled);
    }
}
