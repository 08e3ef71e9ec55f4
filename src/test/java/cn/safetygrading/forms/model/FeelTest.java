package cn.safetygrading.forms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeelTest {

    private static Object eval(String expression, Map<String, ?> data) {
        return Feel.parse(expression).evaluate(path -> FormValues.get(data, path));
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void notEqualToAStringIsTrueWhenTheVariableIsAbsent() {
        String hide = "=reviewDecision != \"APPROVE\"";
        assertThat(eval(hide, vars())).isEqualTo(true);
        assertThat(eval(hide, vars("reviewDecision", "RETURN"))).isEqualTo(true);
        assertThat(eval(hide, vars("reviewDecision", "APPROVE"))).isEqualTo(false);
    }

    @Test
    void equalityWithStringNumberAndBooleanLiterals() {
        assertThat(eval("=x = \"A\"", vars("x", "A"))).isEqualTo(true);
        assertThat(eval("=x = \"A\"", vars("x", "B"))).isEqualTo(false);
        assertThat(eval("=x = \"A\"", vars())).isEqualTo(false);
        assertThat(eval("=n = 3", vars("n", 3))).isEqualTo(true);
        assertThat(eval("=n = 3", vars("n", 3.0d))).isEqualTo(true);
        assertThat(eval("=n = 3.5", vars("n", 3.5f))).isEqualTo(true);
        assertThat(eval("=n = -2", vars("n", -2L))).isEqualTo(true);
        assertThat(eval("=flag = true", vars("flag", true))).isEqualTo(true);
        assertThat(eval("=flag = false", vars("flag", true))).isEqualTo(false);
        assertThat(eval("=x = null", vars())).isEqualTo(true);
    }

    @Test
    void bareVariablesAndNot() {
        assertThat(eval("=flag", vars("flag", true))).isEqualTo(true);
        assertThat(eval("=not(flag)", vars("flag", true))).isEqualTo(false);
        assertThat(eval("=not(flag)", vars("flag", false))).isEqualTo(true);
        assertThat(eval("=not(flag)", vars())).isNull();
        assertThat(Feel.parse("=flag").isTrue(path -> "yes")).isFalse();
    }

    @Test
    void orderingOfNumbersAndStrings() {
        assertThat(eval("=score >= 60", vars("score", 60))).isEqualTo(true);
        assertThat(eval("=score < 60", vars("score", 59.9))).isEqualTo(true);
        assertThat(eval("=score > 60", vars("score", 60))).isEqualTo(false);
        assertThat(eval("=score <= 60", vars())).isNull();
        assertThat(eval("=grade < \"C\"", vars("grade", "B"))).isEqualTo(true);
    }

    @Test
    void comparingDifferentTypesIsNullAndNeverHides() {
        assertThat(eval("=x = 1", vars("x", "1"))).isNull();
        assertThat(eval("=x != 1", vars("x", "1"))).isNull();
        assertThat(Feel.parse("=x != 1").isTrue(path -> "1")).isFalse();
    }

    @Test
    void andOrFollowThreeValuedLogic() {
        assertThat(eval("=a and b", vars("a", true, "b", true))).isEqualTo(true);
        assertThat(eval("=a and b", vars("a", true, "b", false))).isEqualTo(false);
        assertThat(eval("=a and b", vars("a", false))).isEqualTo(false);
        assertThat(eval("=a and b", vars("a", true))).isNull();
        assertThat(eval("=a or b", vars("b", true))).isEqualTo(true);
        assertThat(eval("=a or b", vars("a", false, "b", false))).isEqualTo(false);
        assertThat(eval("=a or b", vars("a", false))).isNull();
        assertThat(eval("=x = \"A\" or x = \"B\" and flag", vars("x", "B", "flag", true)))
                .isEqualTo(true);
        assertThat(eval("=(x = \"A\" or x = \"B\") and not(flag)", vars("x", "B", "flag", true)))
                .isEqualTo(false);
    }

    @Test
    void dottedVariablesReachIntoObjects() {
        assertThat(eval("=address.city = \"威海\"", vars("address", Map.of("city", "威海"))))
                .isEqualTo(true);
        assertThat(eval("=address.city = \"威海\"", vars("address", "flat"))).isEqualTo(false);
    }

    @Test
    void stringsWithEscapesAndChineseNames() {
        assertThat(eval("=x = \"say \\\"hi\\\"\"", vars("x", "say \"hi\""))).isEqualTo(true);
        assertThat(eval("=等级 = \"A\"", vars("等级", "A"))).isEqualTo(true);
    }

    @Test
    void theLeadingEqualsSignIsOptional() {
        assertThat(Feel.parse("x = 1").isTrue(path -> 1)).isTrue();
        assertThat(Feel.parse("=x = 1").source()).isEqualTo("=x = 1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=",
                "=x ~ 1",
                "=x = ",
                "=x = \"open",
                "=not x",
                "=a = 1 = 2",
                "=!x",
                "=(x = 1",
                "=x = 1)",
                "=and",
                "=x and",
                "=1x",
                "=x = 'A'",
                "=x ! 1",
                "=x = 1.",
                "=x = -"
            })
    void anythingElseFailsAtParseTimeWithThePosition(String expression) {
        assertThatThrownBy(() -> Feel.parse(expression))
                .isInstanceOf(Feel.SyntaxException.class)
                .hasMessageContaining("cannot parse FEEL expression '" + expression + "' at position")
                .hasMessageContaining(": ");
    }

    @Test
    void theMessageSaysWhereAndWhatTheEngineExpected() {
        assertThatThrownBy(() -> Feel.parse("=x ~ 1"))
                .hasMessageContaining("position 4")
                .hasMessageContaining("found \"~ 1\"");
    }

    @Test
    void realFeelThatTheOldSubsetRefused() {
        assertThat(eval("=x between 1 and 2", vars("x", 1.5))).isEqualTo(true);
        assertThat(eval("=x in [1, 2]", vars("x", 2))).isEqualTo(true);
        assertThat(eval("=x in (\"A\", \"B\")", vars("x", "C"))).isEqualTo(false);
        assertThat(eval("=string length(name) > 3", vars("name", "威海海鑫公司"))).isEqualTo(true);
        assertThat(eval("=list contains(items, \"FIRE\")", vars("items", List.of("GAS", "FIRE"))))
                .isEqualTo(true);
        assertThat(eval("=count(items) >= 2", vars("items", List.of("GAS", "FIRE"))))
                .isEqualTo(true);
        assertThat(eval("=if flag then x = \"A\" else x = \"B\"", vars("flag", false, "x", "B")))
                .isEqualTo(true);
        assertThat(eval("=starts with(uscc, \"9137\")", vars("uscc", "91371000MA3C000000")))
                .isEqualTo(true);
    }

    @Test
    void anUnknownFunctionParsesButNeverHolds() {
        assertThat(Feel.parse("=foo(x)").isTrue(path -> true)).isFalse();
    }

    @Test
    void eachExpressionIsParsedOnceAndEvaluatedOften() {
        Feel.Expression expression = Feel.parse("=score >= 60");
        for (int i = 0; i < 1_000; i++) {
            assertThat(expression.isTrue(path -> 70)).isTrue();
        }
        assertThat(Feel.parse("=score >= 60")).isEqualTo(expression);
    }

    @Test
    void eachVariableIsReadThroughTheLookupOnceByItsName() {
        List<List<String>> asked = new java.util.ArrayList<>();
        Feel.parse("=a.b = 1 or c or a.b = 2").evaluate(path -> {
            asked.add(path);
            return path.equals(List.of("a")) ? Map.of("b", 3) : false;
        });
        assertThat(asked).containsExactly(List.of("a"), List.of("c"));
    }
}
