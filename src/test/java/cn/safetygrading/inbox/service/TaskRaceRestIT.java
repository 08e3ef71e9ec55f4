package cn.safetygrading.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.process.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two clients doing the same thing to one task at the same moment over /engine-rest: the winner gets
 * 204, the loser a 409 whose Chinese sentence says what happened — never a 500, a 403 or an
 * exception's text.
 */
class TaskRaceRestIT extends ProcessTestSupport {

    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    InboxService inbox;

    @Autowired
    cn.safetygrading.security.service.AccountService accounts;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String uscc = demo("威海金海湾金属制品有限公司").uscc();

    @Test
    void doubleSubmitsAndDoubleCompletionsGiveOneWinnerAndOneClearLoser() throws Exception {
        List<String> unexpected = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            reset(uscc, "C");
            ProcessInstance pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
            Map<String, Object> answers =
                    vars("checklistAnswers", answers(pi, 86).get("checklistAnswers"), "String");
            race(
                    "demo",
                    "demo",
                    "/engine-rest/task/" + task(pi).getId() + "/complete",
                    Map.of("variables", answers),
                    "该任务已办结",
                    unexpected);
            assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("preliminaryReview");
            race(
                    "reviewer",
                    "reviewer",
                    "/engine-rest/task/" + task(pi).getId() + "/complete",
                    Map.of("variables", vars("reviewDecision", "APPROVE", "String", "proposedGrade", "B", "String")),
                    "该任务已办结",
                    unexpected);
            assertThat(jdbc.queryForObject(
                            "select count(*) from grading_round r join grading_case c on c.id = r.case_id "
                                    + "where c.process_instance_id = ?",
                            Integer.class,
                            pi.getId()))
                    .as("one round per task")
                    .isEqualTo(2);
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void aDoubleClaimGivesTheLoserTheHoldersName() throws Exception {
        List<String> unexpected = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            reset(uscc, "C");
            ProcessInstance pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
            complete(pi, "selfAssessment", answers(pi, 86));
            String taskId = task(pi).getId();
            Outcome[] outcomes = both(
                    () -> post("reviewer", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "reviewer")),
                    () -> post("demo", "/engine-rest/task/" + taskId + "/claim", Map.of("userId", "demo")));
            String holder =
                    tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
            String holderName =
                    jdbc.queryForObject("select first_ from act_id_user where id_ = ?", String.class, holder);
            check(outcomes, "已被" + holderName + "签收", unexpected);
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void throughTheInboxServiceTheLoserOfAClaimOrACompletionIsToldInASentence() throws Exception {
        var reviewer = accounts.find("reviewer").orElseThrow();
        var admin = accounts.find("demo").orElseThrow();
        List<String> unexpected = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            reset(uscc, "C");
            ProcessInstance pi = startCycle(uscc, Map.of("spotCheckRatio", 0.0));
            complete(pi, "selfAssessment", answers(pi, 86));
            String taskId = task(pi).getId();
            Outcome[] claims = both(
                    () -> attempt(() -> inbox.claim(reviewer, taskId)),
                    () -> attempt(() -> inbox.claim(admin, taskId)));
            String holder =
                    tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
            String holderName = accounts.find(holder).orElseThrow().displayName();
            checkRefused(claims, "task.race.claimed|" + holderName, unexpected);
            tasks.setAssignee(taskId, null);
            Map<String, Object> review = Map.of("reviewDecision", "APPROVE", "proposedGrade", "B");
            Outcome[] completions = both(
                    () -> attempt(() -> inbox.complete(reviewer, taskId, review)),
                    () -> attempt(() -> inbox.complete(reviewer, taskId, review)));
            checkRefused(completions, "task.race.", unexpected);
        }
        assertThat(unexpected).isEmpty();
    }

    private static Outcome attempt(Runnable action) {
        try {
            action.run();
            return new Outcome(204, "");
        } catch (Refused refused) {
            return new Outcome(409, refused.messageKey() + "|" + refused.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(500, e.toString());
        }
    }

    private static void checkRefused(Outcome[] outcomes, String expected, List<String> unexpected) {
        long won =
                java.util.Arrays.stream(outcomes).filter(o -> o.status() == 204).count();
        long told = java.util.Arrays.stream(outcomes)
                .filter(o -> o.status() == 409 && o.body().startsWith(expected))
                .count();
        if (won != 1 || told != 1) {
            unexpected.add(List.of(outcomes).toString());
        }
    }

    private void race(String user1, String user2, String path, Object body, String sentence, List<String> unexpected)
            throws Exception {
        check(both(() -> post(user1, path, body), () -> post(user2, path, body)), sentence, unexpected);
    }

    private void check(Outcome[] outcomes, String sentence, List<String> unexpected) throws Exception {
        int won = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.status() == 204) {
                won++;
            } else if (outcome.status() == 409) {
                JsonNode body = json.readTree(outcome.body());
                if (!body.path("message").asText().contains(sentence)
                        || body.path("type").asText().isEmpty()
                        || outcome.body().contains("Exception")
                                && !body.path("type").asText().contains("Task")) {
                    unexpected.add(outcome.toString());
                }
            } else {
                unexpected.add(outcome.toString());
            }
        }
        if (won != 1) {
            unexpected.add("winners: " + won + " " + List.of(outcomes));
        }
    }

    private record Outcome(int status, String body) {}

    private interface Call {
        Outcome run() throws Exception;
    }

    private static Outcome[] both(Call first, Call second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Outcome> a = CompletableFuture.supplyAsync(() -> call(start, first));
        CompletableFuture<Outcome> b = CompletableFuture.supplyAsync(() -> call(start, second));
        return new Outcome[] {a.get(), b.get()};
    }

    private static Outcome call(CyclicBarrier start, Call call) {
        try {
            start.await();
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Outcome post(String user, String path, Object body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Outcome(response.statusCode(), response.body());
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
