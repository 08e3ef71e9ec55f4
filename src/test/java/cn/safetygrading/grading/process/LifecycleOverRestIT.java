package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The whole grading of one enterprise driven over /engine-rest with the contract's names only, each
 * official working their own task under Camunda's authorizations.
 */
class LifecycleOverRestIT extends ProcessTestSupport {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    private final String uscc = demo("威海金海湾金属制品有限公司").uscc();

    @Test
    void aGradingFromStartToFinalGradeOverRest() throws Exception {
        reset(uscc, "C");
        JsonNode started = post(
                "demo",
                "/engine-rest/process-definition/key/grading-cycle/start",
                Map.of(
                        "businessKey",
                        uscc,
                        "variables",
                        vars(
                                "uscc",
                                uscc,
                                "String",
                                "spotCheckRatio",
                                1.0,
                                "Double",
                                "noticePeriod",
                                "P7D",
                                "String")));
        String pid = started.get("id").asText();

        // a typed score is refused by the completion guard: a 400 whose sentence names the field
        var typed = http.withBasicAuth("demo", "demo")
                .postForEntity(
                        "/engine-rest/task/"
                                + get("demo", "/engine-rest/task?processInstanceId=" + pid)
                                        .get(0)
                                        .get("id")
                                        .asText() + "/complete",
                        body(Map.of(
                                "variables",
                                vars(
                                        "selfScore",
                                        86.0,
                                        "Double",
                                        "vetoFailed",
                                        false,
                                        "Boolean",
                                        "mandatoryMissing",
                                        false,
                                        "Boolean"))),
                        String.class);
        assertThat(typed.getStatusCode().value()).as(typed.getBody()).isEqualTo(400);
        assertThat(typed.getBody()).contains("selfScore", "此项不能由提交修改").doesNotContain("ENGINE-");
        completeOnly(
                "demo",
                pid,
                "selfAssessment",
                vars(
                        "checklistAnswers",
                        cn.safetygrading.grading.ChecklistAnswers.scoring(checklists, jdbc, pid, 86)
                                .get("checklistAnswers"),
                        "String"));
        // the reviewer of 环翠区 sees the task of its county and completes it
        completeOnly(
                "reviewer",
                pid,
                "preliminaryReview",
                vars("reviewDecision", "APPROVE", "String", "proposedGrade", "B", "String"));
        completeOnly("expert", pid, "spotCheck", vars("verifiedGrade", "B", "String", "falsified", false, "Boolean"));

        var objection = http.withBasicAuth("demo", "demo")
                .postForEntity(
                        "/engine-rest/message",
                        body(Map.of(
                                "messageName",
                                "objection-filed",
                                "businessKey",
                                uscc,
                                "processVariables",
                                vars("objectionText", "该企业存在未整改隐患", "String"))),
                        String.class);
        assertThat(objection.getStatusCode().is2xxSuccessful()).isTrue();
        completeOnly(
                "expert",
                pid,
                "objectionReview",
                vars("objectionUpheld", false, "Boolean", "objectionDecision", "经核实异议不成立", "String"));

        advance(8, ChronoUnit.DAYS);
        for (int i = 0; i < 3; i++) {
            for (JsonNode job : get("demo", "/engine-rest/job?processInstanceId=" + pid + "&executable=true")) {
                assertThat(http.withBasicAuth("demo", "demo")
                                .postForEntity(
                                        "/engine-rest/job/" + job.get("id").asText() + "/execute",
                                        body(Map.of()),
                                        String.class)
                                .getStatusCode())
                        .isEqualTo(HttpStatus.NO_CONTENT);
            }
        }
        JsonNode finalGrade = get(
                "demo", "/engine-rest/history/variable-instance?processInstanceId=" + pid + "&variableName=finalGrade");
        assertThat(finalGrade.get(0).get("value").asText()).isEqualTo("B");
        JsonNode enterprise = get("reviewer", "/api/enterprises/" + uscc);
        assertThat(enterprise.get("grade").asText()).isEqualTo("B");
    }

    @Test
    void anotherCountysReviewerCannotSeeOrCompleteTheTask() throws Exception {
        String wendeng = demo("威海文登宏达石材有限公司").uscc();
        reset(wendeng, "C");
        var pi = startCycle(wendeng, Map.of("spotCheckRatio", 0.0));
        complete(pi, "selfAssessment", answers(pi, 75));
        String taskId = task(pi).getId();
        assertThat(get("reviewer", "/engine-rest/task?processInstanceId=" + pi.getId()))
                .isEmpty();
        var refused = http.withBasicAuth("reviewer", "demo")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete",
                        body(Map.of(
                                "variables",
                                vars("reviewDecision", "APPROVE", "String", "proposedGrade", "A", "String"))),
                        String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void completeOnly(String user, String pid, String taskKey, Map<String, Object> variables) throws Exception {
        JsonNode open = get(user, "/engine-rest/task?processInstanceId=" + pid);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("taskDefinitionKey").asText()).isEqualTo(taskKey);
        var response = http.withBasicAuth(user, "demo")
                .postForEntity(
                        "/engine-rest/task/" + open.get(0).get("id").asText() + "/complete",
                        body(Map.of("variables", variables)),
                        String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode get(String user, String path) throws Exception {
        var response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode post(String user, String path, Object payload) throws Exception {
        var response = http.withBasicAuth(user, "demo").postForEntity(path, body(payload), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as(response.getBody())
                .isTrue();
        return json.readTree(response.getBody());
    }

    private static HttpEntity<Object> body(Object payload) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(payload, headers);
    }

    /** Camunda REST variables: name, value, type triples. */
    private static Map<String, Object> vars(Object... triples) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            vars.put((String) triples[i], Map.of("value", triples[i + 1], "type", triples[i + 2]));
        }
        return vars;
    }
}
