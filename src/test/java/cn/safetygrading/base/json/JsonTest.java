package cn.safetygrading.base.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private final Json json = Json.of(new ObjectMapper());

    record Point(int x, String label) {}

    @Test
    void writesAsTheMapperDoes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", 1);
        value.put("b", List.of("Ⅰ类", "x"));
        value.put("c", null);
        assertThat(json.write(value)).isEqualTo("{\"a\":1,\"b\":[\"Ⅰ类\",\"x\"],\"c\":null}");
        assertThat(json.write(new Point(3, "p"))).isEqualTo("{\"x\":3,\"label\":\"p\"}");
        assertThat(json.write(null)).isEqualTo("null");
    }

    @Test
    void readsByClassAndByTypeReference() {
        assertThat(json.read("{\"x\":3,\"label\":\"p\"}", Point.class)).isEqualTo(new Point(3, "p"));
        Map<String, String> answers = json.read("{\"q1\":\"MET\",\"q2\":\"NOT_MET\"}", new TypeReference<>() {});
        assertThat(answers).containsExactly(Map.entry("q1", "MET"), Map.entry("q2", "NOT_MET"));
    }

    @Test
    void aFailureIsOneUncheckedException() {
        Object selfReferencing = new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                return this;
            }
        };
        assertThatThrownBy(() -> json.write(selfReferencing))
                .isInstanceOf(Json.JsonFailure.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot write");
        assertThatThrownBy(() -> json.read("{not json", Point.class))
                .isInstanceOf(Json.JsonFailure.class)
                .hasMessageContaining(Point.class.getName());
        assertThatThrownBy(() -> json.read("[1,2]", new TypeReference<Map<String, String>>() {}))
                .isInstanceOf(Json.JsonFailure.class);
    }
}
