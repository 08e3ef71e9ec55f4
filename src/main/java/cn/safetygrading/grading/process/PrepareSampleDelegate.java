package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.GradingSampling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareSample: the inputs of the spot-check-required decision. */
@Component("prepareSampleDelegate")
public class PrepareSampleDelegate implements JavaDelegate {

    private final GradingSampling sampling;

    public PrepareSampleDelegate(GradingSampling sampling) {
        this.sampling = sampling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var draw = sampling.prepareSample(execution.getProcessInstanceId());
        execution.setVariable("sampleDraw", draw.draw().doubleValue());
        execution.setVariable("sampleRatio", draw.ratio().doubleValue());
    }
}
