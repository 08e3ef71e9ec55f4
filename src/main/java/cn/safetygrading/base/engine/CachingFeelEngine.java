package cn.safetygrading.base.engine;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for the decisions, with each expression parsed once. The stock
 * {@link ScalaFeelEngine} parses every input expression and input entry again on every evaluation,
 * which costs a few milliseconds per decision; this one keeps the parsed expressions (they are
 * immutable) by their text and evaluates them with the same variable context and the same errors.
 * A text that does not parse is not kept. The cache holds at most {@value #MAX_EXPRESSIONS}
 * expressions per kind and starts afresh beyond that (deployed decisions hold far fewer).
 */
public class CachingFeelEngine extends ScalaFeelEngine {

    static final int MAX_EXPRESSIONS = 10_000;

    private final ConcurrentMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    public CachingFeelEngine() {
        super(List.of());
    }

    /** The factory the DMN engine configuration takes. */
    public static FeelEngineFactory factory() {
        CachingFeelEngine engine = new CachingFeelEngine();
        return () -> engine;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, false);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return (T) value(feelEngine.eval(parsed, context));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, true);
        StaticVariableProvider input =
                new StaticVariableProvider(new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
        ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
        CustomContext context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new CompositeVariableProvider(toScalaList(input, variables));
            }
        };
        return Boolean.TRUE.equals(value(feelEngine.eval(parsed, context)));
    }

    /** The cached parse of the text; a text that does not parse fails as the stock engine's evaluation does. */
    private ParsedExpression parsed(ConcurrentMap<String, ParsedExpression> cache, String text, boolean unary) {
        ParsedExpression parsed = cache.get(text);
        if (parsed == null) {
            parsed = (ParsedExpression)
                    value(unary ? feelEngine.parseUnaryTests(text) : feelEngine.parseExpression(text));
            if (cache.size() >= MAX_EXPRESSIONS) {
                cache.clear();
            }
            cache.put(text, parsed);
        }
        return parsed;
    }

    /** The value of a FEEL result, or the stock engine's evaluation exception with the failure's message. */
    private static Object value(Either<Failure, ?> result) {
        if (result instanceof Right<?, ?> right) {
            return right.value();
        }
        throw LOGGER.evaluationException(result.left().get().message());
    }

    int cachedExpressions() {
        return expressions.size() + unaryTests.size();
    }
}
