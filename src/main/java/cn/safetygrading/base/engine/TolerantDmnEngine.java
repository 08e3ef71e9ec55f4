package cn.safetygrading.base.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DMN engine reads every variable of the process when it evaluates a decision (not only the
 * decision's inputs). One stored variable that cannot be deserialized (an object of a type the engine
 * refuses, e.g. {@code java.net.URL} set by an administrator) would then stop every decision of the
 * case. This engine hands the decision only the variables that can be read; an unreadable one is
 * logged and left out, as an absent variable (a decision that needs it sees null).
 */
public class TolerantDmnEngine extends DefaultDmnEngine {

    private static final Logger log = LoggerFactory.getLogger(TolerantDmnEngine.class);

    public TolerantDmnEngine(DefaultDmnEngineConfiguration configuration) {
        super(configuration);
    }

    /** A DMN engine configuration whose engine is this one. */
    public static DefaultDmnEngineConfiguration configuration() {
        return new DefaultDmnEngineConfiguration() {
            @Override
            public DmnEngine buildEngine() {
                init();
                return new TolerantDmnEngine(this);
            }
        };
    }

    @Override
    public DmnDecisionResult evaluateDecision(DmnDecision decision, VariableContext variableContext) {
        return super.evaluateDecision(decision, readable(variableContext));
    }

    @Override
    public DmnDecisionTableResult evaluateDecisionTable(DmnDecision decision, VariableContext variableContext) {
        return super.evaluateDecisionTable(decision, readable(variableContext));
    }

    /** The readable variables of the context, each read once. */
    static VariableContext readable(VariableContext context) {
        Map<String, TypedValue> values = new LinkedHashMap<>();
        for (String name : context.keySet()) {
            try {
                values.put(name, context.resolve(name));
            } catch (RuntimeException unreadable) {
                log.warn(
                        "variable {} cannot be read and is left out of the decision: {}",
                        name,
                        unreadable.getMessage());
            }
        }
        return new VariableContext() {
            @Override
            public TypedValue resolve(String name) {
                return values.get(name);
            }

            @Override
            public boolean containsVariable(String name) {
                return values.containsKey(name);
            }

            @Override
            public Set<String> keySet() {
                return values.keySet();
            }
        };
    }
}
