package cn.safetygrading.grading.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Why a decision came out as it did: its inputs (by input clause id), outputs and the rules that matched,
 * as the engine recorded them, plus the failed veto items of the case. {@link #sentences()} tells it in
 * words: one bundle key per matched rule ({@code decision.rule.<ruleId>}) with its arguments, never the
 * engine's names.
 */
public record DecisionExplanation(
        String decisionKey,
        String decisionName,
        OffsetDateTime evaluatedAt,
        Map<String, Object> inputs,
        Map<String, Object> outputs,
        List<String> matchedRules,
        List<String> failedVetoItems) {

    /** Input clause id of the diagnosis score in diagnosis-grade.dmn. */
    public static final String SCORE_INPUT = "Input_Score";

    /** A sentence to look up: a bundle key and its arguments. */
    public record Sentence(String key, Object... args) {}

    public DecisionExplanation {
        inputs = inputs == null ? Map.of() : inputs;
        outputs = outputs == null ? Map.of() : outputs;
        matchedRules = matchedRules == null ? List.of() : List.copyOf(matchedRules);
        failedVetoItems = failedVetoItems == null ? List.of() : List.copyOf(failedVetoItems);
    }

    /**
     * The decision in words: for each matched rule its sentence with {0} the output (grade or reason),
     * {1} the score and {2} the failed veto items joined by 、. A rule with a veto sentence but no item
     * list known uses the {@code .noItems} variant; a decision with no matched rule says so.
     */
    public List<Sentence> sentences() {
        Object output =
                outputs.values().stream().filter(v -> v != null).findFirst().orElse("");
        Object score = number(inputs.get(SCORE_INPUT));
        List<Sentence> result = new ArrayList<>();
        for (String rule : matchedRules) {
            if (rule == null) {
                continue;
            }
            String key = "decision.rule." + rule;
            if (rule.contains("Veto") && failedVetoItems.isEmpty()) {
                key += ".noItems";
            }
            result.add(new Sentence(key, output, score, String.join("、", failedVetoItems)));
        }
        if (result.isEmpty()) {
            result.add(new Sentence("decision.noRule"));
        }
        return List.copyOf(result);
    }

    private static Object number(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        return value == null ? "—" : value;
    }
}
