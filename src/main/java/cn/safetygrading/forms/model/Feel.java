package cn.safetygrading.forms.model;

import camundajar.impl.scala.Option;
import camundajar.impl.scala.collection.Iterable;
import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Form conditions in FEEL, evaluated by the FEEL engine that Camunda 7.24 ships (feel-scala), so a form
 * accepts every expression the Modeler writes. An expression is parsed once (the parse is cached by its
 * text, at most {@value #MAX_CACHED} of them) and evaluated on every render and submission.
 *
 * <p>A text that does not parse is a {@link SyntaxException} when the form is read, so a condition is
 * never silently taken as "show" or "hide". Evaluation follows FEEL: comparing values of different types
 * gives {@code null}; an absent variable is {@code null}; {@code and}/{@code or} are three-valued. A
 * failure while evaluating is {@code null} too. A condition holds only when the result is exactly
 * {@code true}.
 */
public final class Feel {

    static final int MAX_CACHED = 10_000;

    private static final FeelEngineApi ENGINE = FeelEngineBuilder.forJava().build();
    private static final ConcurrentMap<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();

    private Feel() {}

    /** Parses an expression, with or without form-js's leading {@code =}. */
    public static Expression parse(String source) {
        Objects.requireNonNull(source, "expression");
        parsed(source);
        return new Expression(source);
    }

    private static ParsedExpression parsed(String source) {
        ParsedExpression parsed = PARSED.get(source);
        if (parsed == null) {
            String body = source.startsWith("=") ? source.substring(1) : source;
            ParseResult result = body.isBlank() ? null : ENGINE.parseExpression(body);
            if (result == null || !result.isSuccess()) {
                throw new SyntaxException(
                        source,
                        result == null ? "empty expression" : result.failure().message());
            }
            parsed = result.parsedExpression();
            if (PARSED.size() >= MAX_CACHED) {
                PARSED.clear();
            }
            PARSED.put(source, parsed);
        }
        return parsed;
    }

    /** A parsed expression; immutable and thread-safe. Only its text is serialized. */
    public static final class Expression implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final String source;

        private Expression(String source) {
            this.source = source;
        }

        public String source() {
            return source;
        }

        /**
         * The value (a Boolean for conditions, or null when FEEL says null). Each variable is asked of
         * {@code variables} once, by its name as a one-element path; FEEL reads paths into it.
         */
        public Object evaluate(Function<List<String>, Object> variables) {
            EvaluationResult result = ENGINE.evaluate(parsed(source), new Lookup(variables));
            return result.isSuccess() ? result.result() : null;
        }

        /** True only when the expression evaluates to exactly {@code true}. */
        public boolean isTrue(Function<List<String>, Object> variables) {
            return Boolean.TRUE.equals(evaluate(variables));
        }

        /** Expressions are equal when written the same. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Expression e && source.equals(e.source);
        }

        @Override
        public int hashCode() {
            return source.hashCode();
        }

        @Override
        public String toString() {
            return source;
        }
    }

    /** The variables of one evaluation, each read through the caller's lookup at most once. */
    private static final class Lookup extends CustomContext {

        private final Map<String, Option<Object>> read = new HashMap<>();
        private final Function<List<String>, Object> variables;

        Lookup(Function<List<String>, Object> variables) {
            this.variables = variables;
        }

        @Override
        public VariableProvider variableProvider() {
            return new VariableProvider() {
                @Override
                public Option<Object> getVariable(String name) {
                    return read.computeIfAbsent(name, n -> Option.apply(variables.apply(List.of(n))));
                }

                @Override
                public Iterable<String> keys() {
                    return CollectionConverters.asScala(read.keySet());
                }
            };
        }
    }

    /** An expression that is not FEEL, with the engine's account of where and why. */
    public static final class SyntaxException extends IllegalArgumentException {

        private static final Pattern ENGINE_POSITION = Pattern.compile(":\\d+:(\\d+), found");

        SyntaxException(String source, String problem) {
            super("cannot parse FEEL expression '" + source + "' at position " + position(source, problem) + ": "
                    + problem);
        }

        /** The 1-based column in the text as written (the engine counts from after the leading {@code =}). */
        private static int position(String source, String problem) {
            int offset = source.startsWith("=") ? 1 : 0;
            Matcher m = ENGINE_POSITION.matcher(problem);
            return m.find() ? Integer.parseInt(m.group(1)) + offset : source.length() + 1;
        }
    }
}
