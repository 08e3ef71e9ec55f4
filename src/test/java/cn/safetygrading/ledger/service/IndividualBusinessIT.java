package cn.safetygrading.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.process.ProcessTestSupport;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.ledger.domain.Uscc;
import cn.safetygrading.security.service.AccountService;
import cn.safetygrading.supervision.domain.PlanEntry;
import cn.safetygrading.supervision.service.InspectionPlanService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 个体工商户 (domain §11, seed 000): only those of class Ⅱ may be left out; a class-Ⅰ one is graded by a
 * campaign and planned for inspection like any enterprise. In 临港区 (371073), where the demo has none.
 */
class IndividualBusinessIT extends ProcessTestSupport {

    private static final String REGION = "371073";

    @Autowired
    CampaignService campaigns;

    @Autowired
    InspectionPlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    GradeBook gradeBook;

    String classI;
    String classII;
    String company;

    @BeforeEach
    void individuals() {
        classI = individual("临港宏运危化品经营部", "51", "I", "INDIVIDUAL");
        classII = individual("临港小吃店", "62", "II", "INDIVIDUAL");
        company = individual("临港港口装卸有限公司", "59", "I", "ACTIVE");
    }

    @AfterEach
    void weedOut() {
        jdbc.update("update enterprise set status = 'CLOSED' where uscc in (?, ?, ?)", classI, classII, company);
    }

    @Test
    void aCampaignGradesTheClassOneIndividualBusiness() {
        assertThat(gradeBook.countGradable(REGION)).isEqualTo(2);
        OffsetDateTime now = OffsetDateTime.now();
        Campaign campaign = campaigns.launch(
                accounts.find("manager").orElseThrow(),
                new NewCampaign(
                        "临港区分级评定",
                        REGION,
                        2026,
                        now.plusDays(30),
                        now.plusDays(45),
                        now.plusDays(60),
                        now.plusDays(90),
                        BigDecimal.ZERO,
                        "P7D"));
        runDueJobs(campaign.processInstanceId());
        assertThat(campaigns.find(campaign.id()).orElseThrow().total()).isEqualTo(2);
        assertThat(cycles(campaign, classI)).isEqualTo(1);
        assertThat(cycles(campaign, company)).isEqualTo(1);
        assertThat(cycles(campaign, classII)).isZero();
        runtime.createMessageCorrelation("campaign-close")
                .processInstanceBusinessKey(campaign.id())
                .correlate();
        runDueJobs(campaign.processInstanceId());
        reset(classI, null);
        reset(company, null);
    }

    @Test
    void theInspectionPlanHoldsTheClassOneIndividualBusiness() {
        var plan = plans.plan(accounts.find("manager").orElseThrow(), REGION, 2027);
        assertThat(plan).extracting(PlanEntry::uscc).contains(classI, company).doesNotContain(classII);
    }

    private long cycles(Campaign campaign, String uscc) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .variableValueEquals("campaignId", campaign.id())
                .processInstanceBusinessKey(uscc)
                .count();
    }

    private String individual(String name, String industry, String enterpriseClass, String status) {
        String uscc = Uscc.complete((status.equals("INDIVIDUAL") ? "92" : "91") + REGION + "GT"
                + String.format("%07d", System.nanoTime() % 10_000_000));
        jdbc.update(
                "insert into enterprise (uscc, name, industry_code, region_code, enterprise_class, status, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, now(), now())",
                uscc,
                name,
                industry,
                REGION,
                enterpriseClass,
                status);
        return uscc;
    }
}
