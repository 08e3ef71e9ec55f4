package cn.safetygrading.consequence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.consequence.domain.CountyFigures;
import cn.safetygrading.consequence.service.FalsificationFigures;
import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.security.service.AccountService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Falsification [002]: the 通报 record with the case reference, the county's raised ratio carried into its
 * next campaign, and the per-county figures (falsified, corrected, returned, overdue) of the campaign.
 */
class FalsificationConsequencesTest extends ProcessTestSupport {

    private static final String WENDENG = "371003";

    @Autowired
    CampaignService campaigns;

    @Autowired
    AccountService accounts;

    @Autowired
    FalsificationFigures figures;

    private Campaign launch(double ratio) {
        OffsetDateTime now = OffsetDateTime.now();
        return campaigns.launch(
                accounts.find("manager").orElseThrow(),
                new NewCampaign(
                        "文登区分级评定",
                        WENDENG,
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        BigDecimal.valueOf(ratio),
                        "P7D"));
    }

    private ProcessInstance cycle(Campaign campaign, String name) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(demo(name).uscc())
                .variableValueEquals("campaignId", campaign.id())
                .singleResult();
    }

    /** Runs the due jobs one at a time: a fired deadline removes the instance's other timers. */
    private void runDueJobsOneByOne(String processInstanceId) {
        for (int i = 0; i < 50; i++) {
            var due = management
                    .createJobQuery()
                    .processInstanceId(processInstanceId)
                    .executable()
                    .listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
    }

    private void close(Campaign campaign) {
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        runDueJobs(campaign.processInstanceId());
    }

    @Test
    void aFalsificationIsCirculatedCountedAndRaisesTheCountysNextCampaign() {
        jdbc.queryForList("select uscc from enterprise where region_code = ?", String.class, WENDENG)
                .forEach(u -> reset(u, null));
        Campaign first = launch(0.2);
        runDueJobs(first.processInstanceId());

        ProcessInstance falsified = cycle(first, "威海文登昆嵛铸造有限公司");
        complete(falsified, "selfAssessment", answers(falsified, 95));
        complete(falsified, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "A"));
        complete(falsified, "spotCheck", Map.of("verifiedGrade", "C", "falsified", true));
        String caseId = (String) gradingCase(falsified).get("id");
        Map<String, Object> circular = jdbc.queryForMap("select * from enterprise_measure where case_ref = ?", caseId);
        assertThat(circular.get("kind")).isEqualTo("CIRCULAR");
        assertThat(circular.get("uscc")).isEqualTo(demo("威海文登昆嵛铸造有限公司").uscc());
        assertThat(circular.get("issuing_department")).isEqualTo("威海市应急管理局");
        assertThat((String) circular.get("reason")).contains("弄虚作假", caseId);

        ProcessInstance returned = cycle(first, "威海文登宏达石材有限公司");
        complete(returned, "selfAssessment", answers(returned, 80));
        complete(returned, "preliminaryReview", Map.of("reviewDecision", "RETURN", "reviewComment", "自评报告缺少附件"));

        ProcessInstance late = cycle(first, "威海文登天福食品有限公司");
        advance(31, ChronoUnit.DAYS);
        runDueJobsOneByOne(late.getId());
        cn.safetygrading.base.time.ClockConfig.resetToStart();

        assertThat(figures.byCounty(first.id()))
                .filteredOn(f -> f.countyCode().equals(WENDENG))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.countyName()).isEqualTo("文登区");
                    assertThat(f.falsified()).isOne();
                    assertThat(f.corrected()).isOne();
                    assertThat(f.returned()).isOne();
                    assertThat(f.overdue()).isPositive();
                });
        close(first);

        // the next campaign of the county draws against the raised ratio from its start
        jdbc.queryForList("select uscc from enterprise where region_code = ?", String.class, WENDENG)
                .forEach(u -> reset(u, null));
        Campaign second = launch(0.2);
        runDueJobs(second.processInstanceId());
        ProcessInstance next = cycle(second, "威海文登汽车零部件有限公司");
        complete(next, "selfAssessment", answers(next, 85));
        complete(next, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        assertThat(gradingCase(next).get("sample_ratio")).isEqualTo(new BigDecimal("0.500"));
        assertThat(jdbc.queryForObject(
                        "select ratio from campaign_region_ratio where campaign_id = ? and region_code = ?",
                        BigDecimal.class,
                        second.id(),
                        WENDENG))
                .isEqualByComparingTo("0.5");
        assertThat(figures.byCounty(second.id()))
                .extracting(CountyFigures::falsified)
                .containsOnly(0L);
        close(second);
    }
}
