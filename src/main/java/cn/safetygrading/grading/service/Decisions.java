package cn.safetygrading.grading.service;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;

/**
 * Evaluates the DMN decisions of processes/ through the engine (latest deployed version, with
 * decision history, so an official can see which rule matched and why).
 */
@Service
public class Decisions {

    private final DecisionService decisions;

    public Decisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The single result of a decision, or empty when no rule matched (the caller rejects the input). */
    public Optional<Map<String, Object>> single(String decisionKey, Map<String, Object> variables) {
        var result = decisions
                .evaluateDecisionByKey(decisionKey)
                .variables(variables)
                .evaluate();
        DmnDecisionResultEntries entries = result.getFirstResult();
        return entries == null ? Optional.empty() : Optional.of(entries.getEntryMap());
    }

    /** The decision's only output, or empty when no rule matched. */
    public Optional<Object> singleEntry(String decisionKey, Map<String, Object> variables) {
        return single(decisionKey, variables).map(m -> m.values().iterator().next());
    }

    /** Inspection interval and stationing for a class and grade (supervision-measures). */
    public Optional<Map<String, Object>> supervisionMeasures(String enterpriseClass, String grade) {
        if (enterpriseClass == null || grade == null) {
            return Optional.empty();
        }
        return single("supervision-measures", Map.of("enterpriseClass", enterpriseClass, "grade", grade));
    }
}
