package cn.safetygrading.grading.process;

import cn.safetygrading.grading.service.StepRef;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the engine once for the services: where a step runs, a variable as text. */
final class Steps {

    private Steps() {}

    static StepRef ref(DelegateExecution execution) {
        return new StepRef(
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), execution.getActivityInstanceId());
    }

    /** A variable as text, or null when absent or not text. */
    static String text(VariableScope scope, String name) {
        return scope.getVariable(name) instanceof String s ? s : null;
    }
}
