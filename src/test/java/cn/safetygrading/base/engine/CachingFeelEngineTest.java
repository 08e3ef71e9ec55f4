package cn.safetygrading.base.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The caching FEEL engine decides exactly as Camunda's stock one, parsing each expression once. */
class CachingFeelEngineTest {

    private static DmnEngine engine(boolean caching) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (caching) {
            configuration.setFeelEngineFactory(CachingFeelEngine.factory());
        }
        return configuration.buildEngine();
    }

    private static DmnDecision parse(DmnEngine engine, String file, String key) throws Exception {
        try (InputStream in = CachingFeelEngineTest.class.getResourceAsStream("/processes/" + file)) {
            return engine.parseDecision(key, in);
        }
    }

    @Test
    void decidesAsTheStockEngineOnTheShippedDecisions() throws Exception {
        DmnEngine stock = engine(false);
        DmnEngine caching = engine(true);
        DmnDecision stockGrade = parse(stock, "diagnosis-grade.dmn", "diagnosis-grade");
        DmnDecision cachingGrade = parse(caching, "diagnosis-grade.dmn", "diagnosis-grade");
        DmnDecision stockMeasures = parse(stock, "supervision-measures.dmn", "supervision-measures");
        DmnDecision cachingMeasures = parse(caching, "supervision-measures.dmn", "supervision-measures");
        SplittableRandom random = new SplittableRandom(3);
        String[] grades = {"A", "B", "C", "D"};
        for (int i = 0; i < 500; i++) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            if (i % 10 != 0) {
                inputs.put("score", random.nextInt(0, 101) + (random.nextBoolean() ? 0.5 : 0.0));
            }
            inputs.put("vetoFailed", random.nextDouble() < 0.1);
            inputs.put("fatalAccidentWithin3Years", random.nextDouble() < 0.1);
            inputs.put("generalAccident", random.nextDouble() < 0.1);
            assertThat(caching.evaluateDecisionTable(cachingGrade, inputs).getResultList())
                    .as("diagnosis-grade %s", inputs)
                    .isEqualTo(stock.evaluateDecisionTable(stockGrade, inputs).getResultList());
            Map<String, Object> measures =
                    Map.of("enterpriseClass", random.nextBoolean() ? "I" : "II", "grade", grades[random.nextInt(4)]);
            assertThat(caching.evaluateDecisionTable(cachingMeasures, measures).getResultList())
                    .isEqualTo(
                            stock.evaluateDecisionTable(stockMeasures, measures).getResultList());
        }
    }

    @Test
    void parsesOnceAndFailsLikeTheStockEngine() {
        CachingFeelEngine engine = new CachingFeelEngine();
        var context = Variables.createVariables().putValue("score", 85).asVariableContext();
        for (int i = 0; i < 100; i++) {
            assertThat((Object) engine.evaluateSimpleExpression("if score = null then 0 else score", context))
                    .isEqualTo(85L);
            assertThat(engine.evaluateSimpleUnaryTests(
                            "[80..90[",
                            "cellInput",
                            Variables.createVariables()
                                    .putValue("cellInput", 85)
                                    .asVariableContext()))
                    .isTrue();
        }
        assertThat(engine.cachedExpressions()).isEqualTo(2);
        assertThatThrownBy(() -> engine.evaluateSimpleExpression("if score = then", context))
                .isInstanceOf(FeelException.class);
        assertThat(engine.cachedExpressions()).isEqualTo(2);
    }
}
