package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.ledger.domain.Uscc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * grading-campaign with batches of two in one lane (a context and database of its own): five enterprises start in
 * three batches, the reminder and the deadline reach the four open cases in batches too, and the campaign closes by
 * itself on its closing date.
 */
class CampaignBatchesProcessTest extends ProcessTestSupport {

    private static final String REGION = "371074";

    @DynamicPropertySource
    static void smallBatches(DynamicPropertyRegistry registry) {
        registry.add("app.grading.campaign-batch-size", () -> "2");
        registry.add("app.grading.campaign-lanes", () -> "1");
        // a context of its own: its engine must not take the name "default" in Camunda's static registry (and a
        // name with "-" is taken for "default" by the starter: letters only)
        registry.add("camunda.bpm.process-engine-name", () -> "campaignBatches");
    }

    @Autowired
    CampaignService campaigns;

    private List<String> enterprises(int count) {
        jdbc.update("update enterprise set status = 'CLOSED' where region_code = ?", REGION);
        List<String> usccs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String uscc = Uscc.complete("91" + REGION + "BT" + String.format("%07d", i + 1));
            jdbc.update(
                    "insert into enterprise (uscc, name, industry_code, region_code, enterprise_class, status,"
                            + " created_at, updated_at) values (?, ?, '59', ?, 'I', 'ACTIVE', now(), now())",
                    uscc,
                    "南海分批测试" + i + "有限公司",
                    REGION);
            jdbc.update(
                    "insert into account (user_id, display_name, region_code, uscc, created_at)"
                            + " values (?, ?, ?, ?, now())",
                    "bt-" + uscc,
                    "南海分批企业" + i,
                    REGION,
                    uscc);
            usccs.add(uscc);
        }
        return usccs;
    }

    private ProcessInstance cycle(String uscc) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(uscc)
                .singleResult();
    }

    @Test
    void fiveEnterprisesStartRemindAndMissTheDeadlineInBatchesOfTwoAndTheCampaignClosesOnItsDate() {
        List<String> usccs = enterprises(5);
        Campaign campaign = launchCampaign("南海新区分级评定（分批）", REGION, 10);
        String pi = campaign.processInstanceId();
        ProcessInstance instance =
                runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult();
        runDueJobs(pi);

        // three batches (2, 2, 1) of the one lane started every enterprise once
        assertThat(instance).hasPassed("Task_StartCycleBatch").isWaitingAt("Gateway_AwaitClose");
        assertThat(historyCount(pi, "Task_StartCycleBatch")).isEqualTo(3);
        assertThat(campaigns.find(campaign.id()).orElseThrow()).satisfies(c -> {
            assertThat(c.total()).isEqualTo(5);
            assertThat(c.started()).isEqualTo(5);
            assertThat(c.status()).isEqualTo(CampaignStatus.RUNNING);
        });
        List<ProcessInstance> cycles = usccs.stream().map(this::cycle).toList();
        assertThat(cycles).doesNotContainNull();

        // one submits; the reminder reaches the other four in two full batches and an empty one
        complete(cycles.get(0), "selfAssessment", answers(cycles.get(0), 90));
        moveTo(campaign.selfAssessmentDue().minusDays(3).plusMinutes(1).toInstant());
        runDueJobs(pi);
        assertThat(timeline(usccs.get(0))).doesNotContain("REMINDER");
        for (int i = 1; i < 5; i++) {
            assertThat(timeline(usccs.get(i))).filteredOn("REMINDER"::equals).hasSize(1);
        }
        assertThat(historyCount(pi, "Task_ReminderBatch")).isEqualTo(3);

        // the deadline moves the four open cases, in batches as well, each once
        moveTo(campaign.selfAssessmentDue().plusMinutes(1).toInstant());
        runDueJobs(pi);
        assertThat(historyCount(pi, "Task_DeadlineBatch")).isEqualTo(3);
        for (int i = 1; i < 5; i++) {
            runDueJobs(cycles.get(i).getId());
            assertThat(cycles.get(i)).hasPassed("Task_RecordMissedDeadline");
            assertThat(timeline(usccs.get(i)))
                    .filteredOn("DEADLINE_MISSED"::equals)
                    .hasSize(1);
        }

        // nobody closes it: on its closing date the campaign closes itself and opens the look-back
        assertThat(instance).isWaitingAt("Gateway_AwaitClose");
        moveTo(campaign.closesAt().plusMinutes(1).toInstant());
        runDueJobs(pi);
        assertThat(instance).hasPassed("Timer_CampaignCloses").isWaitingAt("lookBack");
        assertThat(campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.CLOSED);
        complete(instance, "lookBack", Map.of("lookBackFindings", "无遗漏企业"));
        assertThat(instance).isEnded();
    }

    private long historyCount(String pi, String activityId) {
        return engine.getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi)
                .activityId(activityId)
                .finished()
                .count();
    }
}
