package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.security.service.AccountService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** grading-campaign: batches of cycles, falsification raising the county's ratio, closing with a summary and the look-back. */
class GradingCampaignProcessTest extends ProcessTestSupport {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AccountService accounts;

    @Autowired
    cn.safetygrading.dashboard.service.DashboardService dashboard;

    @Autowired
    cn.safetygrading.ledger.service.GradeBook gradeBook;

    @Autowired
    cn.safetygrading.grading.service.SamplingService sampling;

    private Campaign launch(String region, double ratio) {
        OffsetDateTime now = OffsetDateTime.now();
        return campaigns.launch(
                accounts.find("manager").orElseThrow(),
                new NewCampaign(
                        "2026年度分级评定",
                        region,
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        BigDecimal.valueOf(ratio),
                        "P7D"));
    }

    @Test
    void aCampaignStartsOneCycleForEveryActiveEnterpriseOnceAndClosesWithASummary() {
        jdbc.queryForList("select uscc from enterprise where region_code like '371083%'", String.class)
                .forEach(u -> reset(u, null));
        jdbc.update("update enterprise set status = 'DORMANT' where name = '乳山市大孤山纺织有限公司'");
        try {
            Campaign campaign = launch("371083", 0.0);
            ProcessInstance pi = runtime.createProcessInstanceQuery()
                    .processInstanceId(campaign.processInstanceId())
                    .singleResult();
            runDueJobs(pi.getId());
            long active = jdbc.queryForObject(
                    "select count(*) from enterprise where region_code like '371083%' and status = 'ACTIVE'",
                    Long.class);
            assertThat(campaigns.find(campaign.id()).orElseThrow()).satisfies(c -> {
                assertThat(c.total()).isEqualTo(active);
                assertThat(c.started()).isEqualTo(active);
                assertThat(c.status()).isEqualTo(CampaignStatus.RUNNING);
            });
            assertThat(jdbc.queryForObject(
                            "select count(*) from grading_case where campaign_id = ?", Long.class, campaign.id()))
                    .isEqualTo(active);
            assertThat(runtime.createProcessInstanceQuery()
                            .processDefinitionKey("grading-cycle")
                            .variableValueEquals("campaignId", campaign.id())
                            .count())
                    .isEqualTo(active);
            assertThat(runtime.createProcessInstanceQuery()
                            .processDefinitionKey("grading-cycle")
                            .variableValueEquals("campaignId", campaign.id())
                            .processInstanceBusinessKey(demo("乳山市大孤山纺织有限公司").uscc())
                            .count())
                    .isZero();
            // every cycle carries the campaign's deadline
            assertThat(tasks.createTaskQuery()
                            .processVariableValueEquals("campaignId", campaign.id())
                            .list())
                    .hasSize((int) active)
                    .allSatisfy(t -> assertThat(t.getDueDate().toInstant().truncatedTo(ChronoUnit.SECONDS))
                            .isEqualTo(campaign.selfAssessmentDue().toInstant().truncatedTo(ChronoUnit.SECONDS)));

            runtime.createMessageCorrelation("campaign-close")
                    .processInstanceBusinessKey(campaign.id())
                    .correlate();
            runDueJobs(pi.getId());
            assertThat(pi).isWaitingAt("lookBack").task().hasCandidateGroup("manager-371083");
            Campaign closed = campaigns.find(campaign.id()).orElseThrow();
            assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
            assertThat(closed.summary()).contains("\"notSubmitted\": " + active);
            complete(pi, "lookBack", Map.of("lookBackFindings", "无遗漏企业"));
            assertThat(pi).isEnded();
        } finally {
            jdbc.update("update enterprise set status = 'ACTIVE' where name = '乳山市大孤山纺织有限公司'");
        }
    }

    @Test
    void falsifiedDataRaisesTheCountysRatioForTheRestOfTheCampaign() {
        String chemical = demo("威海华宇化工有限公司").uscc();
        jdbc.queryForList("select uscc from enterprise where region_code = '371002'", String.class)
                .forEach(u -> reset(u, null));
        jdbc.update("update enterprise set grade = 'C' where uscc = ?", chemical);
        Campaign campaign = launch("371002", 0.2);
        runDueJobs(campaign.processInstanceId());
        ProcessInstance cycle = runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(chemical)
                .variableValueEquals("campaignId", campaign.id())
                .singleResult();
        complete(cycle, "selfAssessment", answers(cycle, 95));
        complete(cycle, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        complete(cycle, "spotCheck", Map.of("verifiedGrade", "C", "falsified", true));
        assertThat(jdbc.queryForObject(
                        "select ratio from campaign_region_ratio where campaign_id = ? and region_code = '371002'",
                        BigDecimal.class,
                        campaign.id()))
                .isEqualByComparingTo("0.5");
        // the next case of that county is drawn against the raised ratio
        String food = demo("威海环翠海鑫食品有限公司").uscc();
        ProcessInstance next = runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(food)
                .variableValueEquals("campaignId", campaign.id())
                .singleResult();
        complete(next, "selfAssessment", answers(next, 85));
        complete(next, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        assertThat(gradingCase(next).get("sample_ratio")).isEqualTo(new BigDecimal("0.500"));
        // and the draw is reproducible from the seed made at the draw and kept with the case
        long seed = ((Number) gradingCase(next).get("sample_seed")).longValue();
        assertThat(seed).isNotEqualTo(campaign.seed());
        assertThat(BigDecimal.valueOf(sampling.draw(seed, food)).setScale(9, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo((BigDecimal) gradingCase(next).get("sample_draw"));
    }

    @Test
    void theDashboardFollowsACampaignPerCountyAndStep() {
        jdbc.queryForList("select uscc from enterprise where region_code like '371082%'", String.class)
                .forEach(u -> reset(u, null));
        Campaign campaign = launch("371082", 0.0);
        runDueJobs(campaign.processInstanceId());
        var manager = accounts.find("manager").orElseThrow();
        long active = jdbc.queryForObject(
                "select count(*) from enterprise e join region r on r.code = e.region_code"
                        + " where r.path like '371000/371082%' and e.status = 'ACTIVE'",
                Long.class);
        assertThat(dashboard.campaignProgress(manager, campaign.id()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.regionName()).isEqualTo("荣成市");
                    assertThat(p.total()).isEqualTo(active);
                    assertThat(p.selfAssessment()).isEqualTo(active);
                });
        var task = tasks.createTaskQuery()
                .processVariableValueEquals("campaignId", campaign.id())
                .listPage(0, 1)
                .get(0);
        tasks.complete(
                task.getId(),
                cn.safetygrading.grading.ChecklistAnswers.scoring(checklists, jdbc, task.getProcessInstanceId(), 82));
        assertThat(dashboard.campaignProgress(manager, campaign.id()))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.selfAssessment()).isEqualTo(active - 1);
                    assertThat(p.preliminaryReview()).isOne();
                });
        // another county's reviewer sees nothing of it
        assertThat(dashboard.campaignProgress(accounts.find("reviewer").orElseThrow(), campaign.id()))
                .isEmpty();
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        runDueJobs(campaign.processInstanceId());
    }

    @Test
    void parallelLanesShareTheCensusAndStartEveryCycleOnce() {
        // the lanes partition the census: together every enterprise, none twice
        java.util.List<String> all = gradeBook.gradableAfter("371000", null, 10_000);
        java.util.List<String> lanes = new java.util.ArrayList<>();
        for (int lane = 0; lane < 3; lane++) {
            lanes.addAll(gradeBook.gradableAfter("371000", null, 10_000, lane, 3));
        }
        assertThat(lanes).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);

        jdbc.queryForList("select uscc from enterprise where region_code = '371003'", String.class)
                .forEach(u -> reset(u, null));
        Campaign campaign = launch("371003", 0.0);
        String pi = campaign.processInstanceId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(pi)
                .activityId("Task_SelectEnterprises")
                .singleResult()
                .getId());
        // three lanes instead of the one a small county gets, restarted before any batch ran
        runtime.setVariable(pi, "laneCount", 3);
        runtime.createProcessInstanceModification(pi)
                .cancelAllForActivity("SubProcess_StartLane#multiInstanceBody")
                .startBeforeActivity("SubProcess_StartLane#multiInstanceBody")
                .execute();
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(pi)
                        .activityId("Task_StartCycleBatch")
                        .count())
                .isEqualTo(3);
        runDueJobs(pi);
        long active = jdbc.queryForObject(
                "select count(*) from enterprise where region_code = '371003' and status = 'ACTIVE'", Long.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from grading_case where campaign_id = ?", Long.class, campaign.id()))
                .isEqualTo(active);
        assertThat(jdbc.queryForObject(
                        "select count(distinct uscc) from grading_case where campaign_id = ?",
                        Long.class,
                        campaign.id()))
                .isEqualTo(active);
        assertThat(campaigns.find(campaign.id()).orElseThrow()).satisfies(c -> {
            assertThat(c.started()).isEqualTo(active);
            assertThat(c.status()).isEqualTo(CampaignStatus.RUNNING);
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult())
                .isWaitingAt("Gateway_AwaitClose");
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        runDueJobs(pi);
    }
}
