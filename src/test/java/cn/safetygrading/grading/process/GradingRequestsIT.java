package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.safetygrading.base.Refused;
import cn.safetygrading.grading.ChecklistAnswers;
import cn.safetygrading.grading.domain.GradingRequest;
import cn.safetygrading.grading.domain.GradingRequestKind;
import cn.safetygrading.grading.service.GradingRequests;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.AccountService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #14, paths officials could not walk: 部门诊断定级 completed from the checklist answers (a typed
 * score refused), department diagnoses and regradings started from the enterprise file by those allowed
 * (the city re-diagnoses as the city), never two gradings of one enterprise at once — from any door.
 */
class GradingRequestsIT extends ProcessTestSupport {

    @Autowired
    GradingRequests requests;

    @Autowired
    AccountService accounts;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    private final String uscc = demo("威海顺达冷链物流有限公司").uscc();

    @BeforeEach
    void clean() {
        reset(uscc, "B");
    }

    private Account account(String userId) {
        return accounts.find(userId).orElseThrow();
    }

    private ProcessInstance runningCycle() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(uscc)
                .singleResult();
    }

    @Test
    void theReviewerStartsADiagnosisAndCompletesItWithTheChecklistOverRest() throws Exception {
        assertThat(requests.starter(account("reviewer"), uscc))
                .get()
                .satisfies(s -> assertThat(s.department().name()).isEqualTo("环翠区应急管理局"));
        GradingRequest request =
                requests.startFromFile(account("reviewer"), uscc, GradingRequestKind.DIAGNOSIS, "部门组织诊断：复核冷库氨制冷系统");
        ProcessInstance pi = runningCycle();
        Task task = task(pi);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("departmentDiagnosis");
        assertThat(candidateGroups(task)).containsExactly("reviewer-371002-emergency");
        assertThat(gradingCase(pi)).containsEntry("trigger", "DEPARTMENT").containsEntry("department", "环翠区应急管理局");
        assertThat(jdbc.queryForObject(
                        "select process_instance_id from grading_request where id = ?", String.class, request.id()))
                .isEqualTo(pi.getId());
        assertThat(jdbc.queryForList(
                        "select summary from enterprise_event where uscc = ? and type = 'GRADING_REQUESTED'",
                        String.class,
                        uscc))
                .anySatisfy(s -> assertThat(s).contains("部门诊断定级", "复核冷库氨制冷系统"));

        // a typed score is not an output of the department's task
        ResponseEntity<String> typed = complete("reviewer", task.getId(), vars("selfScore", 95.0, "Double"));
        assertThat(typed.getStatusCode().value()).as(typed.getBody()).isEqualTo(400);
        assertThat(typed.getBody()).contains("selfScore").doesNotContain("ENGINE-");
        // nor is a completion without the answers taken
        ResponseEntity<String> bare = complete("reviewer", task.getId(), vars("comment", "现场核查", "String"));
        assertThat(bare.getStatusCode().value()).as(bare.getBody()).isEqualTo(400);
        assertThat(bare.getBody()).contains("checklistAnswers");

        Object answers =
                ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), 80).get("checklistAnswers");
        ResponseEntity<String> done = complete(
                "reviewer", task.getId(), vars("checklistAnswers", answers, "String", "comment", "现场核查", "String"));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> gradingCase = gradingCase(pi);
        assertThat(((Number) gradingCase.get("self_score")).doubleValue()).isBetween(80.0, 100.0);
        assertThat(gradingCase.get("proposed_grade")).isNotNull();
        assertThat(timeline(uscc)).contains("GRADING_REQUESTED", "DEPARTMENT_DIAGNOSIS");
    }

    @Test
    void neverTwoGradingsOfOneEnterpriseAtOnceFromAnyDoor() throws Exception {
        long requestsBefore =
                jdbc.queryForObject("select count(*) from grading_request where uscc = ?", Long.class, uscc);
        requests.startFromFile(account("reviewer"), uscc, GradingRequestKind.REGRADING, "企业申请重新定级");
        assertThat(task(runningCycle()).getTaskDefinitionKey()).isEqualTo("selfAssessment");
        assertThat(requests.running(uscc)).isTrue();

        assertThatThrownBy(() -> requests.startFromFile(account("reviewer"), uscc, GradingRequestKind.DIAGNOSIS, "再诊断"))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.messageKey()).isEqualTo("gradingRequest.running");
                    assertThat(r.getMessage()).isEqualTo("威海顺达冷链物流有限公司");
                });
        // over /engine-rest, even as the administrator: refused by the case's preparation
        ResponseEntity<String> rest = http.withBasicAuth("demo", "demo")
                .postForEntity(
                        "/engine-rest/process-definition/key/grading-cycle/start",
                        body(Map.of("businessKey", uscc, "variables", vars("uscc", uscc, "String"))),
                        String.class);
        assertThat(rest.getStatusCode().is2xxSuccessful()).as(rest.getBody()).isFalse();
        assertThat(rest.getBody()).contains("同时");
        // and directly on the engine (a watch period's end, a script)
        assertThatThrownBy(() -> startCycle(uscc, Map.of("trigger", "APPLICATION")))
                .hasMessageContaining("同时");
        assertThat(running("grading-cycle", uscc)).isOne();
        // one request more: the refused ones left none
        assertThat(jdbc.queryForObject("select count(*) from grading_request where uscc = ?", Long.class, uscc))
                .isEqualTo(requestsBefore + 1);
    }

    @Test
    void theCityReDiagnosesACountyGradedEnterpriseAsTheCity() throws Exception {
        assertThat(requests.starter(account("cityreviewer"), uscc))
                .get()
                .satisfies(s -> assertThat(s.department().name()).isEqualTo("威海市应急管理局"));
        requests.startFromFile(account("cityreviewer"), uscc, GradingRequestKind.DIAGNOSIS, "下级服从上级：市局重新诊断");
        ProcessInstance pi = runningCycle();
        Task task = task(pi);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("departmentDiagnosis");
        assertThat(candidateGroups(task)).containsExactly("reviewer-371000-emergency");
        assertThat(gradingCase(pi)).containsEntry("department", "威海市应急管理局");
        // the county's reviewer does not see the city's diagnosis
        assertThat(json.readTree(http.withBasicAuth("reviewer", "demo")
                        .getForEntity("/engine-rest/task?processInstanceId=" + pi.getId(), String.class)
                        .getBody()))
                .isEmpty();
        ResponseEntity<String> done = complete(
                "cityreviewer",
                task.getId(),
                vars(
                        "checklistAnswers",
                        ChecklistAnswers.scoring(checklists, jdbc, pi.getId(), 70)
                                .get("checklistAnswers"),
                        "String"));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void othersMayNotStartAGrading() {
        // another department of the county, an expert, the enterprise itself
        for (String user : List.of("builder", "expert", "enterprise", "supervisor")) {
            assertThat(requests.starter(account(user), uscc)).as(user).isEmpty();
        }
        assertThatThrownBy(() -> requests.startFromFile(account("builder"), uscc, GradingRequestKind.DIAGNOSIS, "越权"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.startFromFile(account("reviewer"), uscc, GradingRequestKind.DIAGNOSIS, "  "))
                .isInstanceOfSatisfying(
                        Refused.class, r -> assertThat(r.messageKey()).isEqualTo("gradingRequest.reasonRequired"));
        assertThat(running("grading-cycle", uscc)).isZero();
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        return http.withBasicAuth(user, "demo")
                .postForEntity(
                        "/engine-rest/task/" + taskId + "/complete",
                        body(Map.of("variables", variables)),
                        String.class);
    }

    private static HttpEntity<Object> body(Object payload) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(payload, headers);
    }

    private static Map<String, Object> vars(Object... triples) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < triples.length; i += 3) {
            vars.put((String) triples[i], Map.of("value", triples[i + 1], "type", triples[i + 2]));
        }
        return vars;
    }
}
