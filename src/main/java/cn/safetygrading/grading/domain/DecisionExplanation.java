package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Why a decision came out as it did: its inputs, outputs and the rules that matched, as the engine recorded them. */
public record DecisionExplanation(String decisionKey, String decisionName, OffsetDateTime evaluatedAt,
                                  Map<String, Object> inputs, Map<String, Object> outputs, List<String> matchedRules) {
}
