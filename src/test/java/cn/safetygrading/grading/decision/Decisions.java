package cn.safetygrading.grading.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * Loads the contract decisions from the classpath ({@code /processes/<id>.dmn}, as the app packages
 * them) into a standalone DMN engine with the default configuration, i.e. the FEEL Scala engine that
 * the embedded process engine also uses, and evaluates them.
 */
final class Decisions {

    static final String ENTERPRISE_CLASS = "enterprise-class";
    static final String DIAGNOSIS_GRADE = "diagnosis-grade";
    static final String CREDIT_GRADE = "credit-grade";
    static final String RISK_LEVEL = "risk-level";
    static final String SUPERVISION_MEASURES = "supervision-measures";
    static final String SUPERVISION_ASSIGNMENT = "supervision-assignment";
    static final String GRADE_ADJUSTMENT = "grade-adjustment";

    static final List<String> ALL = List.of(
            ENTERPRISE_CLASS,
            DIAGNOSIS_GRADE,
            CREDIT_GRADE,
            RISK_LEVEL,
            SUPERVISION_MEASURES,
            SUPERVISION_ASSIGNMENT,
            GRADE_ADJUSTMENT);

    private static final DmnEngine ENGINE =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Map<String, DmnDecision> DECISIONS = new ConcurrentHashMap<>();

    private Decisions() {}

    /** For {@code @MethodSource("cn.safetygrading.grading.decision.Decisions#ids")}. */
    static List<String> ids() {
        return ALL;
    }

    static String resource(String decisionId) {
        return "/processes/" + decisionId + ".dmn";
    }

    static DmnDecision decision(String decisionId) {
        return DECISIONS.computeIfAbsent(decisionId, id -> {
            try (InputStream in = Decisions.class.getResourceAsStream(resource(id))) {
                assertThat(in).as("classpath resource %s", resource(id)).isNotNull();
                return ENGINE.parseDecision(id, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Evaluates the decision with exactly these variables (null values are passed as null). */
    static DmnDecisionResult evaluate(String decisionId, Map<String, ?> variables) {
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) variables;
        return ENGINE.evaluateDecision(decision(decisionId), vars);
    }

    /**
     * The single result (all outputs by name), or null when no rule matched. Evaluates twice, once
     * with the null values passed as null variables and once with them left out (absent variables),
     * and requires both to give the same answer: the contract says an absent input counts as the
     * default, and a caller may pass null or nothing.
     */
    static Map<String, Object> result(String decisionId, Map<String, ?> variables) {
        Map<String, Object> withNulls = single(evaluate(decisionId, variables));
        Map<String, Object> absent = single(evaluate(decisionId, withoutNulls(variables)));
        assertThat(absent).as("%s with null inputs left out", decisionId).isEqualTo(withNulls);
        return withNulls;
    }

    /** One output of the single result, or null when no rule matched; see {@link #result}. */
    static Object output(String decisionId, String outputName, Map<String, ?> variables) {
        Map<String, Object> result = result(decisionId, variables);
        if (result == null) {
            return null;
        }
        assertThat(result).containsKey(outputName);
        return result.get(outputName);
    }

    /** A variable map from alternating names and values; values may be null. */
    static Map<String, Object> vars(Object... namesAndValues) {
        assertThat(namesAndValues.length % 2).as("names and values in pairs").isZero();
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return vars;
    }

    static Map<String, Object> withoutNulls(Map<String, ?> variables) {
        Map<String, Object> present = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        return present;
    }

    private static Map<String, Object> single(DmnDecisionResult result) {
        assertThat(result.size())
                .as("matched rules (hit policy yields at most one)")
                .isLessThanOrEqualTo(1);
        DmnDecisionResultEntries entries = result.getSingleResult();
        return entries == null ? null : new LinkedHashMap<>(entries.getEntryMap());
    }
}
