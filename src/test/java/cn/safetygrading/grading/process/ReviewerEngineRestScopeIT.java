package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13's "Done when", over the other doors of {@code /engine-rest} than {@link DepartmentRoutingIT}'s
 * (task by process instance, task by id): the demo {@code reviewer} (环翠区应急管理局) finds neither the 初审 of
 * a 环翠区住房和城乡建设局 enterprise nor of a 市级 one in the unfiltered task list, the count, the task's
 * variables or the task history; {@code builder} and {@code cityreviewer} find theirs in the same list.
 */
class ReviewerEngineRestScopeIT extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> NOT_SAMPLED = Map.of("spotCheckRatio", 0.0);

    private final String construction = demo("威海鲸园建设工程有限公司").uscc(); // 区市级, 环翠区住房和城乡建设局
    private final String chemical = demo("威海华宇化工有限公司").uscc(); // 市级, 威海市应急管理局
    private final String food = demo("威海环翠海鑫食品有限公司").uscc(); // 区市级, 环翠区应急管理局

    @Autowired
    TestRestTemplate http;

    @Test
    void theReviewerFindsOtherDepartmentsReviewsThroughNoDoor() throws Exception {
        String housing = task(atReview(construction, null)).getId();
        String city = task(atReview(chemical, "C")).getId();
        String emergency = task(atReview(food, "B")).getId();

        List<String> reviewerList =
                ids("reviewer", "/engine-rest/task?taskDefinitionKey=preliminaryReview&maxResults=500");
        assertThat(reviewerList).contains(emergency).doesNotContain(housing, city);
        // officials hold no READ_HISTORY grant: the history door shows them nothing, least of all another department's
        assertThat(ids("reviewer", "/engine-rest/history/task?taskDefinitionKey=preliminaryReview&maxResults=500"))
                .doesNotContain(housing, city);
        long count = JSON.readTree(get("reviewer", "/engine-rest/task/count?taskDefinitionKey=preliminaryReview")
                        .getBody())
                .get("count")
                .asLong();
        assertThat(count).isEqualTo(reviewerList.size());
        for (String foreign : List.of(housing, city)) {
            assertThat(get("reviewer", "/engine-rest/task/" + foreign + "/variables")
                            .getStatusCode()
                            .is2xxSuccessful())
                    .isFalse();
            assertThat(get("reviewer", "/engine-rest/task/" + foreign + "/form-variables")
                            .getStatusCode()
                            .is2xxSuccessful())
                    .isFalse();
        }
        assertThat(get("reviewer", "/engine-rest/task/" + emergency + "/variables")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        assertThat(ids("builder", "/engine-rest/task?taskDefinitionKey=preliminaryReview&maxResults=500"))
                .contains(housing)
                .doesNotContain(city, emergency);
        assertThat(ids("cityreviewer", "/engine-rest/task?taskDefinitionKey=preliminaryReview&maxResults=500"))
                .contains(city)
                .doesNotContain(housing, emergency);
        assertThat(get("builder", "/engine-rest/task/" + housing + "/variables")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(get("cityreviewer", "/engine-rest/task/" + city + "/variables")
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    private ProcessInstance atReview(String uscc, String grade) {
        reset(uscc, grade);
        ProcessInstance pi = startCycle(uscc, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 85));
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("preliminaryReview");
        return pi;
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private List<String> ids(String user, String path) throws Exception {
        ResponseEntity<String> response = get(user, path);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.getBody());
        return StreamSupport.stream(list.spliterator(), false)
                .map(t -> t.get("id").asText())
                .toList();
    }
}
