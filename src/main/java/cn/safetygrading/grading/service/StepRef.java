package cn.safetygrading.grading.service;

/**
 * Where a grading-cycle step runs, read once from the engine by its delegate: the process instance,
 * its business key (the enterprise's USCC) and the activity instance, which keys the step's writes so
 * that a retried job repeats nothing.
 */
public record StepRef(String processInstanceId, String businessKey, String activityInstanceId) {

    /** The key of this step's entry in the enterprise file. */
    public String key(String prefix) {
        return prefix + ":" + processInstanceId + ":" + activityInstanceId;
    }
}
