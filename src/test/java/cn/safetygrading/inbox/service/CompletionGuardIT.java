package cn.safetygrading.inbox.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.base.Refused;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.grading.service.ChecklistService;
import cn.safetygrading.security.service.AccountService;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attacks on the completion of a real preliminary review, through every door: /engine-rest as the
 * county reviewer who is a candidate of the task (complete, submit-form, variable writes) and the
 * Vaadin service path. Each task accepts exactly its form's outputs under the form's rules, a refusal
 * is a 400 with a sentence, and nothing of a refused completion stays (variables, files).
 */
class CompletionGuardIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ChecklistService checklists;

    @Autowired
    InboxService inbox;

    @Autowired
    AccountService accounts;

    private final String uscc = GradingCases.uscc("威海金海湾金属制品有限公司");
    private GradingCases cases;

    @BeforeEach
    void driver() {
        cases = new GradingCases(runtime, tasks, management, checklists);
    }

    @Test
    void theReviewerCannotWriteVariablesOfItsOwnTaskOrCaseOutsideACompletion() {
        String taskId = cases.atReview(uscc);
        String pid = pid(taskId);
        assertThat(send("reviewer", HttpMethod.GET, "/engine-rest/task?processInstanceId=" + pid, null)
                        .getBody())
                .contains(taskId);

        assertThat(send(
                                "reviewer",
                                HttpMethod.POST,
                                "/engine-rest/task/" + taskId + "/variables",
                                Map.of("modifications", vars("verifiedGrade", "A", "String")))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(
                                "reviewer",
                                HttpMethod.PUT,
                                "/engine-rest/task/" + taskId + "/variables/noticePeriod",
                                Map.of("value", "PT1M", "type", "String"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(
                                "reviewer",
                                HttpMethod.PUT,
                                "/engine-rest/task/" + taskId + "/localVariables/verifiedGrade",
                                Map.of("value", "A", "type", "String"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(
                                "reviewer",
                                HttpMethod.PUT,
                                "/engine-rest/process-instance/" + pid + "/variables/spotCheckRatio",
                                Map.of("value", 0, "type", "Double"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(
                                "reviewer",
                                HttpMethod.POST,
                                "/engine-rest/process-instance/" + pid + "/variables",
                                Map.of("modifications", vars("countyCode", "371003", "String")))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtime.getVariables(pid))
                .doesNotContainKeys("verifiedGrade")
                .containsEntry("countyCode", "371002");
        assertThat(runtime.getVariable(pid, "noticePeriod")).isNotEqualTo("PT1M");

        // administrators still can (Cockpit)
        assertThat(send(
                                "demo",
                                HttpMethod.PUT,
                                "/engine-rest/task/" + taskId + "/variables/adminNote",
                                Map.of("value", "checked", "type", "String"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.getVariable(pid, "adminNote")).isEqualTo("checked");
    }

    @Test
    void officialsStillWorkTheirTasksOverRestWithTheOutputsOfTheirForms() {
        var pi = cases.start(uscc, 1.0);
        cases.selfAssess(pi);
        String review = cases.open(pi).getId();
        // the candidate still reads its task's variables (TASK_WORK), it only cannot write them beside a completion
        assertThat(send("reviewer", HttpMethod.GET, "/engine-rest/task/" + review + "/variables", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(complete(
                                "reviewer",
                                review,
                                vars("reviewDecision", "APPROVE", "String", "proposedGrade", "B", "String"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        cases.runJobs(pi.getId());
        var check = cases.open(pi);
        assertThat(check.getTaskDefinitionKey()).isEqualTo("spotCheck");
        assertThat(complete(
                                "expert",
                                check.getId(),
                                vars(
                                        "verifiedGrade",
                                        "B",
                                        "String",
                                        "falsified",
                                        false,
                                        "Boolean",
                                        "spotCheckComment",
                                        "抽查属实",
                                        "String"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.getVariable(pi.getId(), "verifiedGrade")).isEqualTo("B");
    }

    @Test
    void aCompletionWithAnOutputOfAnotherTaskIsRefusedNamingItAndChangesNothing() {
        String taskId = cases.atReview(uscc);
        String pid = pid(taskId);
        var refused = complete(
                "reviewer",
                taskId,
                vars(
                        "reviewDecision",
                        "APPROVE",
                        "String",
                        "proposedGrade",
                        "A",
                        "String",
                        "verifiedGrade",
                        "A",
                        "String"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("verifiedGrade").doesNotContain("ENGINE-");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(runtime.getVariables(pid)).doesNotContainKeys("verifiedGrade", "reviewDecision", "proposedGrade");

        var period = complete(
                "reviewer",
                taskId,
                vars(
                        "reviewDecision",
                        "APPROVE",
                        "String",
                        "proposedGrade",
                        "A",
                        "String",
                        "noticePeriod",
                        "PT1M",
                        "String"));
        assertThat(period.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(period.getBody()).contains("noticePeriod");

        // Tasklist's door: submit-form
        var form = send(
                "reviewer",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/submit-form",
                Map.of(
                        "variables",
                        vars(
                                "reviewDecision",
                                "APPROVE",
                                "String",
                                "proposedGrade",
                                "A",
                                "String",
                                "spotCheckRatio",
                                0,
                                "Double")));
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(form.getBody()).contains("spotCheckRatio");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void theFormRulesRunOnEveryCompletion() {
        String taskId = cases.atReview(uscc);
        var missing = complete("reviewer", taskId, vars("reviewDecision", "APPROVE", "String"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("proposedGrade").doesNotContain("ENGINE-");

        var option = complete("reviewer", taskId, vars("reviewDecision", "MAYBE", "String"));
        assertThat(option.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(option.getBody()).contains("reviewDecision");

        var tooLong = complete(
                "reviewer",
                taskId,
                vars("reviewDecision", "RETURN", "String", "reviewComment", "长".repeat(2001), "String"));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("reviewComment");

        // a read-only field of the form cannot be changed by a submission
        var score = complete(
                "reviewer",
                taskId,
                vars(
                        "reviewDecision",
                        "APPROVE",
                        "String",
                        "proposedGrade",
                        "A",
                        "String",
                        "selfScore",
                        12.0,
                        "Double"));
        assertThat(score.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(score.getBody()).contains("selfScore");

        // an object value, even under a field's name
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(
                "reviewComment",
                Map.of(
                        "value",
                        "{\"a\":1}",
                        "type",
                        "Object",
                        "valueInfo",
                        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")));
        object.putAll(vars("reviewDecision", "RETURN", "String"));
        var typed = complete("reviewer", taskId, object);
        assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(typed.getBody()).contains("reviewComment");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

        var good = complete(
                "reviewer",
                taskId,
                vars(
                        "reviewDecision",
                        "APPROVE",
                        "String",
                        "proposedGrade",
                        "A",
                        "String",
                        "reviewComment",
                        "材料齐全",
                        "String"));
        assertThat(good.getStatusCode()).as(good.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void aListenerRefusalIsA400WithItsSentenceNotAnEngineError() {
        String taskId = cases.atReview(uscc);
        // the form lets RETURN through without a comment; the process's own rule refuses it
        var refused = complete("reviewer", taskId, vars("reviewDecision", "RETURN", "String"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .contains("reviewComment")
                .doesNotContain("ENGINE-")
                .doesNotContain("TaskListener");
        var form = send(
                "reviewer",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", vars("reviewDecision", "RETURN", "String")));
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(form.getBody()).doesNotContain("ENGINE-");

        // our page's service gives the same sentence, no engine code
        var reviewer = accounts.find("reviewer").orElseThrow();
        assertThatThrownBy(() -> inbox.complete(reviewer, taskId, Map.of("reviewDecision", "RETURN")))
                .isInstanceOf(Refused.class)
                .satisfies(e ->
                        assertThat(e.getMessage()).contains("reviewComment").doesNotContain("ENGINE-"));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void aTaskWithAFormCannotBeEndedByABpmnErrorOrEscalationExceptByAdministrators() {
        String taskId = cases.atReview(uscc);
        var error = send(
                "reviewer",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/bpmnError",
                Map.of("errorCode", "skip", "variables", vars("verifiedGrade", "A", "String")));
        assertThat(error.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var escalation = send(
                "reviewer",
                HttpMethod.POST,
                "/engine-rest/task/" + taskId + "/bpmnEscalation",
                Map.of("escalationCode", "skip", "variables", vars("noticePeriod", "PT1M", "String")));
        assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(runtime.getVariables(pid(taskId))).doesNotContainKeys("verifiedGrade");
    }

    @Test
    void theServicePathRefusesForeignOutputsWithASentence() {
        String taskId = cases.atReview(uscc);
        var reviewer = accounts.find("reviewer").orElseThrow();
        assertThatThrownBy(() -> inbox.complete(
                        reviewer,
                        taskId,
                        Map.of("reviewDecision", "APPROVE", "proposedGrade", "A", "verifiedGrade", "A")))
                .isInstanceOf(Refused.class)
                .satisfies(e ->
                        assertThat(e.getMessage()).contains("verifiedGrade").doesNotContain("ENGINE-"));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        inbox.complete(reviewer, taskId, Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void filesOfARefusedCompletionAreNotKept() {
        var pi = cases.start(uscc);
        String taskId = cases.open(pi).getId();
        var admin = accounts.find("demo").orElseThrow();
        var report = new UploadedFile(
                "自评报告.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        // no checklist answers: the process refuses the self-assessment
        assertThatThrownBy(
                        () -> inbox.complete(admin, taskId, Map.of("comment", "自评"), Map.of("report", List.of(report))))
                .isInstanceOf(Refused.class);
        assertThat(tasks.getProcessInstanceAttachments(pi.getId())).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

        inbox.complete(admin, taskId, cases.selfAssessment(pi, item -> "MET"), Map.of("report", List.of(report)));
        assertThat(tasks.getProcessInstanceAttachments(pi.getId()))
                .singleElement()
                .satisfies(a -> assertThat(a.getName()).isEqualTo("自评报告.pdf"));
    }

    private String pid(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        return send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, Object payload) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return http.exchange(path, method, new HttpEntity<>(payload, headers), String.class);
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
