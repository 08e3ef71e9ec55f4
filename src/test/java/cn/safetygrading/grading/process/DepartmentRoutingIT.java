package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Domain §11 routing: 初审 goes to the reviewers of the enterprise's 直接监管责任部门, for a 市级 enterprise to
 * the city's department of that kind; over {@code /engine-rest} (HTTP Basic, Camunda authorizations) the
 * demo {@code reviewer} (环翠区应急管理局) sees neither the 初审 of a 住建局 enterprise nor of a 市级 one,
 * {@code builder} and {@code cityreviewer} see theirs. When the department or level changes, the open
 * task moves with it, and the former reviewers lose it.
 */
class DepartmentRoutingIT extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> NOT_SAMPLED = Map.of("spotCheckRatio", 0.0);

    /** 环翠区, 房屋建筑业, 区市级: 环翠区住房和城乡建设局 (任务分工). */
    private final String construction = demo("威海鲸园建设工程有限公司").uscc();
    /** 环翠区, 化学原料, 市级: 威海市应急管理局. */
    private final String chemical = demo("威海华宇化工有限公司").uscc();
    /** 环翠区, 农副食品加工, 属地: 环翠区应急管理局. */
    private final String food = demo("威海环翠海鑫食品有限公司").uscc();

    @Autowired
    TestRestTemplate http;

    @Test
    void reviewIsRoutedToTheSupervisingDepartmentAndForCityLevelToTheCity() {
        ProcessInstance housing = atReview(construction, null);
        ProcessInstance city = atReview(chemical, "C");
        ProcessInstance emergency = atReview(food, "B");

        assertThat(candidateGroups(housing)).containsExactly("reviewer-371002-housing");
        assertThat(candidateGroups(city)).containsExactly("reviewer-371000-emergency");
        assertThat(candidateGroups(emergency)).containsExactly("reviewer-371002-emergency");
        assertThat(gradingCase(housing)).containsEntry("department", "环翠区住房和城乡建设局");
        assertThat(gradingCase(city)).containsEntry("department", "威海市应急管理局");
        assertThat(gradingCase(emergency)).containsEntry("department", "环翠区应急管理局");
    }

    @Test
    void overEngineRestTheReviewerSeesOnlyItsDepartmentsReviews() throws Exception {
        ProcessInstance housing = atReview(construction, null);
        ProcessInstance city = atReview(chemical, "C");
        ProcessInstance emergency = atReview(food, "B");

        assertThat(restTasks("reviewer", housing)).isEmpty();
        assertThat(restTasks("reviewer", city)).isEmpty();
        assertThat(restTask("reviewer", task(housing)).getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThat(restTask("reviewer", task(city)).getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThat(restTasks("reviewer", emergency))
                .containsExactly(task(emergency).getId());

        assertThat(restTasks("builder", housing)).containsExactly(task(housing).getId());
        assertThat(restTask("builder", task(housing)).getStatusCode().value()).isEqualTo(200);
        assertThat(restTasks("builder", city)).isEmpty();
        assertThat(restTasks("builder", emergency)).isEmpty();

        assertThat(restTasks("cityreviewer", city)).containsExactly(task(city).getId());
        assertThat(restTask("cityreviewer", task(city)).getStatusCode().value()).isEqualTo(200);
        assertThat(restTasks("cityreviewer", housing)).isEmpty();
    }

    @Test
    void openReviewsMoveWhenTheDepartmentOrTheLevelChanges() throws Exception {
        String uscc = LedgerFiles.uscc("371002", "DR");
        importRow(uscc, "", "环翠区应急局");
        ProcessInstance pi = atReview(uscc, null);
        Task review = task(pi);
        assertThat(candidateGroups(pi)).containsExactly("reviewer-371002-emergency");
        tasks.claim(review.getId(), "reviewer");
        assertThat(restTasks("reviewer", pi)).containsExactly(review.getId());

        importRow(uscc, "", "环翠区住建局");

        assertThat(candidateGroups(pi)).containsExactly("reviewer-371002-housing");
        assertThat(task(pi).getAssignee()).isNull();
        assertThat(gradingCase(pi)).containsEntry("department", "环翠区住房和城乡建设局");
        assertThat(restTasks("reviewer", pi)).isEmpty();
        assertThat(restTask("reviewer", review).getStatusCode().is2xxSuccessful())
                .isFalse();
        assertThat(restTasks("builder", pi)).containsExactly(review.getId());
        assertThat(timeline(uscc)).contains("TASKS_MOVED");
        assertThat(jdbc.queryForObject(
                        "select summary from enterprise_event where uscc = ? and type = 'TASKS_MOVED'"
                                + " order by id desc limit 1",
                        String.class,
                        uscc))
                .contains("初审")
                .contains("环翠区应急管理局 → 环翠区住房和城乡建设局")
                .contains("台账导入");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where table_name = 'grading_case' and uscc = ?"
                                + " and after ->> 'department' = '环翠区住房和城乡建设局'",
                        Integer.class,
                        uscc))
                .isOne();

        importRow(uscc, "市级", "环翠区住建局");

        assertThat(candidateGroups(pi)).containsExactly("reviewer-371000-housing");
        assertThat(gradingCase(pi)).containsEntry("department", "威海市住房和城乡建设局");
        assertThat(restTasks("builder", pi)).isEmpty();
    }

    /** A cycle of the enterprise (its earlier ones ended), waiting at 初审. */
    private ProcessInstance atReview(String uscc, String grade) {
        reset(uscc, grade);
        ProcessInstance pi = startCycle(uscc, NOT_SAMPLED);
        complete(pi, "selfAssessment", answers(pi, 85));
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("preliminaryReview");
        return pi;
    }

    private void importRow(String uscc, String level, String supervising) {
        byte[] file = LedgerFiles.annex()
                .row("1", "威海部门移交测试有限公司", uscc, "环翠区张村镇", "34", "Ⅱ", "", level, "", supervising, "")
                .csv();
        var response = LedgerApi.importFile(http, "demo", file, "移交.csv", "371002");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().get("rejected")).as(response.raw()).isEmpty();
    }

    private List<String> candidateGroups(ProcessInstance pi) {
        return tasks.getIdentityLinksForTask(task(pi).getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private List<String> restTasks(String user, ProcessInstance pi) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + pi.getId(), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode list = JSON.readTree(response.getBody());
        return java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .map(t -> t.get("id").asText())
                .toList();
    }

    private ResponseEntity<String> restTask(String user, Task task) {
        return http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + task.getId(), String.class);
    }
}
