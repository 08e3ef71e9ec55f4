package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.grading.domain.Campaign;
import cn.safetygrading.grading.domain.CampaignStatus;
import cn.safetygrading.grading.domain.LeftOut;
import cn.safetygrading.grading.domain.NewCampaign;
import cn.safetygrading.grading.domain.Overlap;
import cn.safetygrading.grading.service.CampaignService;
import cn.safetygrading.security.service.AccountService;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Overlapping campaigns (issue #18): a district campaign inside a running city one gives no enterprise
 * a second grading; before the launch the manager is told how many and which are left out, and the
 * campaign keeps the list.
 */
class CampaignOverlapIT extends ProcessTestSupport {

    /** A township of 乳山市 and two of its villages, without demo enterprises: the region's enterprises are this test's. */
    static final String CITY = "371083105";

    static final String DISTRICT = "371083105201";
    static final String OTHER = "371083105202";

    @Autowired
    CampaignService campaigns;

    @Autowired
    AccountService accounts;

    /** Three copies of a demo enterprise in each of the two villages. */
    private List<String> regionWithEnterprises() {
        String model = jdbc.queryForObject(
                "select uscc from enterprise where status = 'ACTIVE' and region_code like '3710%' order by uscc limit 1",
                String.class);
        List<String> usccs = new java.util.ArrayList<>();
        int n = 0;
        for (String t : List.of(DISTRICT, OTHER)) {
            for (int i = 0; i < 3; i++, n++) {
                String uscc = "91371083OVERLAP0" + (char) ('A' + n) + "X";
                jdbc.update("""
                        insert into enterprise (uscc, name, address, industry_code, region_code, enterprise_class,
                               management_level, competent_department, supervising_department, status, created_at, updated_at)
                        select ?, ?, address, industry_code, ?, enterprise_class, management_level, competent_department,
                               supervising_department, 'ACTIVE', now(), now() from enterprise where uscc = ?
                        on conflict do nothing""", uscc, "重叠测试企业" + n, t, model);
                usccs.add(uscc);
            }
        }
        return usccs;
    }

    @AfterEach
    void endTheirGradings() {
        jdbc.queryForList("select uscc from enterprise where region_code in (?, ?)", String.class, DISTRICT, OTHER)
                .forEach(u -> reset(u, null));
        jdbc.queryForList(
                        "select process_instance_id from campaign where region_code in (?, ?)",
                        String.class,
                        CITY,
                        DISTRICT)
                .forEach(pi -> {
                    if (runtime.createProcessInstanceQuery()
                                    .processInstanceId(pi)
                                    .count()
                            > 0) {
                        runtime.deleteProcessInstance(pi, "test reset", true, true);
                    }
                });
    }

    private NewCampaign request(String region) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new NewCampaign(
                "重叠测试",
                region,
                2026,
                now.plusDays(30),
                now.plusDays(45),
                now.plusDays(60),
                now.plusDays(90),
                BigDecimal.ZERO,
                "P7D");
    }

    @Test
    void aDistrictCampaignInsideARunningCityOneNamesTheEnterprisesItLeavesOutAndGradesNoneTwice() {
        List<String> usccs = regionWithEnterprises();
        var manager = accounts.find("manager").orElseThrow();
        assertThat(campaigns.overlap(manager, request(CITY), 10).none()).isTrue();
        Campaign city = campaigns.launch(manager, request(CITY));
        runDueJobs(city.processInstanceId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from grading_case where campaign_id = ?", Long.class, city.id()))
                .isEqualTo(6);

        // before the district launch: how many and which
        Overlap overlap = campaigns.overlap(manager, request(DISTRICT), 2);
        assertThat(overlap.count()).isEqualTo(3);
        assertThat(overlap.first()).extracting(LeftOut::uscc).containsExactly(usccs.get(0), usccs.get(1));
        assertThat(overlap.first()).extracting(LeftOut::name).containsExactly("重叠测试企业0", "重叠测试企业1");
        assertThat(campaigns.overlapping(manager, request(DISTRICT)))
                .extracting(LeftOut::uscc)
                .containsExactlyElementsOf(usccs.subList(0, 3));

        // launched anyway: it starts for the others (none here) and keeps the list of those left out
        Campaign district = campaigns.launch(manager, request(DISTRICT));
        runDueJobs(district.processInstanceId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from grading_case where campaign_id = ?", Long.class, district.id()))
                .isZero();
        assertThat(jdbc.queryForObject("""
                        select count(*) from (select c.uscc from grading_case c
                          join act_ru_execution x on x.id_ = c.process_instance_id
                         where c.uscc in (select uscc from enterprise where region_code in (?, ?))
                         group by c.uscc having count(*) > 1) twice""", Long.class, DISTRICT, OTHER))
                .as("no enterprise has two gradings running")
                .isZero();
        assertThat(campaigns.leftOut(district.id()))
                .extracting(LeftOut::uscc)
                .containsExactlyElementsOf(usccs.subList(0, 3));
        assertThat(campaigns.find(district.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
    }
}
