package cn.safetygrading.grading.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.grading.service.SamplingService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * Domain §11: nobody knows a draw's seed before the draw, and no enterprise ever sees one. Each
 * draw's seed is made at the draw and kept with the case, where it re-computes the draw.
 */
class SamplingSeedIT extends ProcessTestSupport {

    @Autowired
    TestRestTemplate http;

    @Autowired
    SamplingService sampling;

    private final String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());

    @Test
    void theEnterpriseSeesNoSeedInItsFile() {
        reset(own, "B");
        ProcessInstance pi = startCycle(own, Map.of("spotCheckRatio", 0.5));
        complete(pi, "selfAssessment", answers(pi, 85));
        complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        assertThat(timeline(own)).contains("SAMPLING");
        for (String path : new String[] {"/api/enterprises/" + own, "/api/enterprises/" + own + "/events?limit=200"}) {
            var response = http.withBasicAuth("enterprise", "demo").getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(path).doesNotContain("seed");
        }
        // the seed is kept with the case, for officials
        assertThat(gradingCase(pi).get("sample_seed")).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from enterprise_event where uscc = ? and details ->> 'seed' is not null",
                        Integer.class,
                        own))
                .isZero();
        assertThat(runtime.getVariables(pi.getId()).keySet())
                .noneMatch(name -> name.toLowerCase().contains("seed"));
    }

    @Test
    void eachDrawHasItsOwnSeedMadeAtTheDrawThatRecomputesIt() {
        String a = demo("威海环翠海鑫食品有限公司").uscc();
        String b = demo("威海市环翠区精工机械有限公司").uscc();
        reset(a, "B");
        reset(b, "A");
        ProcessInstance first = startCycle(a, Map.of("spotCheckRatio", 0.0));
        ProcessInstance second = startCycle(b, Map.of("spotCheckRatio", 0.0));
        // before the draw there is no seed anywhere
        assertThat(gradingCase(first).get("sample_seed")).isNull();
        for (ProcessInstance pi : new ProcessInstance[] {first, second}) {
            complete(pi, "selfAssessment", answers(pi, 85));
            complete(pi, "preliminaryReview", Map.of("reviewDecision", "APPROVE", "proposedGrade", "B"));
        }
        long seedA = ((Number) gradingCase(first).get("sample_seed")).longValue();
        long seedB = ((Number) gradingCase(second).get("sample_seed")).longValue();
        assertThat(seedA).isNotEqualTo(seedB);
        assertThat(BigDecimal.valueOf(sampling.draw(seedA, a)).setScale(9, RoundingMode.HALF_UP))
                .isEqualByComparingTo((BigDecimal) gradingCase(first).get("sample_draw"));
        assertThat(BigDecimal.valueOf(sampling.draw(seedB, b)).setScale(9, RoundingMode.HALF_UP))
                .isEqualByComparingTo((BigDecimal) gradingCase(second).get("sample_draw"));
    }
}
