package cn.safetygrading.forms.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The small part of FEEL that form conditions need: a variable (dotted path), a string, number,
 * boolean or {@code null} literal, the comparisons {@code = != < <= > >=}, {@code and}, {@code or},
 * {@code not(...)} and parentheses. Anything else is a {@link SyntaxException} at parse time, so a
 * condition is never silently taken as "show" or "hide".
 *
 * <p>Evaluation follows FEEL's three-valued logic: comparing values of different types gives
 * {@code null}; {@code x = "A"} with {@code x} absent is {@code false} and {@code x != "A"} is
 * {@code true}; {@code and}/{@code or} are {@code null} unless decided; a bare variable is its value.
 * A condition holds only when the result is exactly {@code true}.
 */
public final class Feel {

    private Feel() {}

    /** Parses an expression, with or without form-js's leading {@code =}. */
    public static Expression parse(String source) {
        Objects.requireNonNull(source, "expression");
        String body = source.startsWith("=") ? source.substring(1) : source;
        int offset = source.length() - body.length();
        Parser parser = new Parser(source, new Lexer(source, body, offset).tokens());
        Node root = parser.expression();
        return new Expression(source, root);
    }

    /** A parsed expression; immutable and thread-safe. */
    public static final class Expression implements Serializable {

        private final String source;
        private final Node root;

        private Expression(String source, Node root) {
            this.source = source;
            this.root = root;
        }

        public String source() {
            return source;
        }

        /** The value: a Boolean for conditions, or null when FEEL says null. */
        public Object evaluate(Function<List<String>, Object> variables) {
            return root.eval(variables);
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

    /** An expression outside the supported subset, with the position of the problem. */
    public static final class SyntaxException extends IllegalArgumentException {

        SyntaxException(String source, int position, String problem) {
            super("cannot parse FEEL expression '" + source + "' at position " + (position + 1) + ": " + problem
                    + " (supported: a variable compared with =, !=, <, <=, >, >= to a string, number, boolean"
                    + " or null literal; and, or, not(...), parentheses)");
        }
    }

    // ---------------------------------------------------------------- tokens

    private enum Kind {
        NAME,
        STRING,
        NUMBER,
        LPAREN,
        RPAREN,
        OP,
        END
    }

    private record Token(Kind kind, String text, Object value, int position) {}

    private static final class Lexer {

        private final String source;
        private final String body;
        private final int offset;
        private int i;

        Lexer(String source, String body, int offset) {
            this.source = source;
            this.body = body;
            this.offset = offset;
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
                int start = i;
                if (i >= body.length()) {
                    tokens.add(new Token(Kind.END, "", null, offset + i));
                    return tokens;
                }
                char c = body.charAt(i);
                if (c == '(') {
                    i++;
                    tokens.add(new Token(Kind.LPAREN, "(", null, offset + start));
                } else if (c == ')') {
                    i++;
                    tokens.add(new Token(Kind.RPAREN, ")", null, offset + start));
                } else if (c == '=') {
                    i++;
                    tokens.add(new Token(Kind.OP, "=", null, offset + start));
                } else if (c == '!' || c == '<' || c == '>') {
                    i++;
                    boolean eq = i < body.length() && body.charAt(i) == '=';
                    if (eq) {
                        i++;
                    } else if (c == '!') {
                        throw error(start, "'!' must be followed by '='");
                    }
                    tokens.add(new Token(Kind.OP, eq ? c + "=" : String.valueOf(c), null, offset + start));
                } else if (c == '"') {
                    tokens.add(string(start));
                } else if (Character.isDigit(c)
                        || (c == '-' || c == '.') && i + 1 < body.length() && Character.isDigit(body.charAt(i + 1))) {
                    tokens.add(number(start));
                } else if (isNameStart(c)) {
                    tokens.add(name(start));
                } else {
                    throw error(start, "unexpected '" + c + "'");
                }
            }
        }

        private Token string(int start) {
            StringBuilder text = new StringBuilder();
            i++;
            while (i < body.length()) {
                char c = body.charAt(i++);
                if (c == '"') {
                    return new Token(Kind.STRING, body.substring(start, i), text.toString(), offset + start);
                }
                if (c == '\\') {
                    if (i >= body.length()) {
                        break;
                    }
                    char e = body.charAt(i++);
                    switch (e) {
                        case '"', '\\', '\'' -> text.append(e);
                        case 'n' -> text.append('\n');
                        case 't' -> text.append('\t');
                        case 'r' -> text.append('\r');
                        default -> throw error(i - 2, "unknown escape '\\" + e + "'");
                    }
                } else {
                    text.append(c);
                }
            }
            throw error(start, "unterminated string");
        }

        private Token number(int start) {
            if (body.charAt(i) == '-') {
                i++;
            }
            while (i < body.length() && Character.isDigit(body.charAt(i))) {
                i++;
            }
            if (i < body.length() && body.charAt(i) == '.') {
                i++;
                int digits = i;
                while (i < body.length() && Character.isDigit(body.charAt(i))) {
                    i++;
                }
                if (digits == i) {
                    throw error(start, "a number needs digits after '.'");
                }
            }
            if (i < body.length() && isNameStart(body.charAt(i))) {
                throw error(i, "unexpected '" + body.charAt(i) + "' after a number");
            }
            String text = body.substring(start, i);
            return new Token(Kind.NUMBER, text, new BigDecimal(text), offset + start);
        }

        private Token name(int start) {
            while (true) {
                while (i < body.length() && isNamePart(body.charAt(i))) {
                    i++;
                }
                if (i + 1 < body.length() && body.charAt(i) == '.' && isNameStart(body.charAt(i + 1))) {
                    i++;
                    continue;
                }
                break;
            }
            String text = body.substring(start, i);
            return new Token(Kind.NAME, text, null, offset + start);
        }

        private SyntaxException error(int at, String problem) {
            return new SyntaxException(source, offset + at, problem);
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_' || c == '$';
        }

        private static boolean isNamePart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }

    // ---------------------------------------------------------------- parser

    private static final class Parser {

        private final String source;
        private final List<Token> tokens;
        private int next;

        Parser(String source, List<Token> tokens) {
            this.source = source;
            this.tokens = tokens;
        }

        Node expression() {
            if (peek().kind() == Kind.END) {
                throw error(peek(), "the expression is empty");
            }
            Node node = or();
            if (peek().kind() != Kind.END) {
                throw error(peek(), "unexpected '" + peek().text() + "'");
            }
            return node;
        }

        private Node or() {
            List<Node> operands = new ArrayList<>(List.of(and()));
            while (isKeyword(peek(), "or")) {
                next++;
                operands.add(and());
            }
            return operands.size() == 1 ? operands.get(0) : new Or(operands);
        }

        private Node and() {
            List<Node> operands = new ArrayList<>(List.of(comparison()));
            while (isKeyword(peek(), "and")) {
                next++;
                operands.add(comparison());
            }
            return operands.size() == 1 ? operands.get(0) : new And(operands);
        }

        private Node comparison() {
            Node left = primary();
            if (peek().kind() == Kind.OP) {
                Token op = tokens.get(next++);
                Node right = primary();
                if (peek().kind() == Kind.OP) {
                    throw error(peek(), "comparisons cannot be chained; use and");
                }
                return new Compare(left, op.text(), right);
            }
            return left;
        }

        private Node primary() {
            Token t = tokens.get(next);
            switch (t.kind()) {
                case LPAREN -> {
                    next++;
                    Node inner = or();
                    expect(Kind.RPAREN, "')'");
                    return inner;
                }
                case STRING, NUMBER -> {
                    next++;
                    return new Literal(t.value());
                }
                case NAME -> {
                    next++;
                    switch (t.text()) {
                        case "true" -> {
                            return new Literal(Boolean.TRUE);
                        }
                        case "false" -> {
                            return new Literal(Boolean.FALSE);
                        }
                        case "null" -> {
                            return new Literal(null);
                        }
                        case "not" -> {
                            expect(Kind.LPAREN, "'(' after not");
                            Node inner = or();
                            expect(Kind.RPAREN, "')'");
                            return new Not(inner);
                        }
                        case "and", "or" -> throw error(t, "'" + t.text() + "' needs an operand before it");
                        default -> {
                            if (peek().kind() == Kind.LPAREN) {
                                throw error(t, "function '" + t.text() + "' is not supported (only not(...))");
                            }
                            for (String segment : t.text().split("\\.")) {
                                if (List.of("true", "false", "null", "not", "and", "or")
                                        .contains(segment)) {
                                    throw error(t, "'" + segment + "' is a keyword, not a variable name");
                                }
                            }
                            return new Var(List.of(t.text().split("\\.")));
                        }
                    }
                }
                case END -> throw error(t, "the expression ends too early");
                default -> throw error(t, "unexpected '" + t.text() + "'");
            }
        }

        private void expect(Kind kind, String what) {
            Token t = peek();
            if (t.kind() != kind) {
                throw error(
                        t,
                        "expected " + what
                                + (t.kind() == Kind.END
                                        ? " but the expression ends"
                                        : " but found '" + t.text() + "'"));
            }
            next++;
        }

        private Token peek() {
            return tokens.get(next);
        }

        private static boolean isKeyword(Token t, String keyword) {
            return t.kind() == Kind.NAME && t.text().equals(keyword);
        }

        private SyntaxException error(Token at, String problem) {
            return new SyntaxException(source, at.position(), problem);
        }
    }

    // ---------------------------------------------------------------- evaluation

    private sealed interface Node extends Serializable permits Literal, Var, Not, And, Or, Compare {
        Object eval(Function<List<String>, Object> variables);
    }

    private record Literal(Object value) implements Node {
        @Override
        public Object eval(Function<List<String>, Object> variables) {
            return value;
        }
    }

    private record Var(List<String> path) implements Node {
        @Override
        public Object eval(Function<List<String>, Object> variables) {
            return normalize(variables.apply(path));
        }
    }

    private record Not(Node operand) implements Node {
        @Override
        public Object eval(Function<List<String>, Object> variables) {
            Object v = operand.eval(variables);
            return v instanceof Boolean b ? !b : null;
        }
    }

    private record And(List<Node> operands) implements Node {
        @Override
        public Object eval(Function<List<String>, Object> variables) {
            boolean undecided = false;
            for (Node n : operands) {
                Object v = n.eval(variables);
                if (Boolean.FALSE.equals(v)) {
                    return false;
                }
                undecided |= !Boolean.TRUE.equals(v);
            }
            return undecided ? null : true;
        }
    }

    private record Or(List<Node> operands) implements Node {
        @Override
        public Object eval(Function<List<String>, Object> variables) {
            boolean undecided = false;
            for (Node n : operands) {
                Object v = n.eval(variables);
                if (Boolean.TRUE.equals(v)) {
                    return true;
                }
                undecided |= !Boolean.FALSE.equals(v);
            }
            return undecided ? null : false;
        }
    }

    private record Compare(Node left, String op, Node right) implements Node {
        @Override
        public Object eval(Function<List<String>, Object> variables) {
            Object l = left.eval(variables);
            Object r = right.eval(variables);
            switch (op) {
                case "=" -> {
                    return equal(l, r);
                }
                case "!=" -> {
                    Boolean e = equal(l, r);
                    return e == null ? null : !e;
                }
                default -> {
                    Integer c = compare(l, r);
                    if (c == null) {
                        return null;
                    }
                    return switch (op) {
                        case "<" -> c < 0;
                        case "<=" -> c <= 0;
                        case ">" -> c > 0;
                        default -> c >= 0;
                    };
                }
            }
        }

        private static Boolean equal(Object l, Object r) {
            if (l == null || r == null) {
                return l == r;
            }
            if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
                return a.compareTo(b) == 0;
            }
            return l.getClass() == r.getClass() ? l.equals(r) : null;
        }

        private static Integer compare(Object l, Object r) {
            if (l instanceof BigDecimal a && r instanceof BigDecimal b) {
                return a.compareTo(b);
            }
            if (l instanceof String a && r instanceof String b) {
                return a.compareTo(b);
            }
            return null;
        }
    }

    /** Numbers become BigDecimal (NaN and infinities: null), characters strings; the rest stays. */
    static Object normalize(Object value) {
        if (value instanceof Number n) {
            return FormValues.toBigDecimal(n);
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        return value;
    }
}
