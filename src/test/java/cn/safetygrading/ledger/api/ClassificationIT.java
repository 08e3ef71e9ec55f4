package cn.safetygrading.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.ledger.domain.RiskFeature;
import cn.safetygrading.ledger.service.ClassificationService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Class Ⅰ/Ⅱ from the risk features through the deployed enterprise-class decision; reviewers' corrections. */
class ClassificationIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ClassificationService classification;

    @Test
    void theDeployedDecisionDecides() {
        assertThat(classification.decide(Set.of())).isEqualTo("II");
        for (RiskFeature f : RiskFeature.values()) {
            assertThat(classification.decide(EnumSet.of(f))).as(f.name()).isEqualTo("I");
        }
        assertThat(classification.decide(EnumSet.allOf(RiskFeature.class))).isEqualTo("I");
    }

    @Test
    void aReviewerCorrectsTheFeaturesAndTheClassFollows() {
        String uscc = LedgerFiles.uscc("371002", "CL");
        var imported = LedgerApi.importFile(
                http,
                "reviewer",
                LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别", "分类"))
                        .row("威海木艺家具有限公司", uscc, "21", "Ⅱ")
                        .csv(),
                "家具.csv",
                null);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(1);

        var corrected = put("reviewer", uscc, Map.of("riskFeatures", List.of("dustExplosion", "heavyDangerousWork")));
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.body().get("enterpriseClass").asText()).isEqualTo("I");
        assertThat(corrected.body().get("remark").asText()).isEqualTo("粉尘涉爆；检维修、高处作业、动火、有限空间等危险作业量大");

        JsonNode event = LedgerApi.get(http, "reviewer", "/api/enterprises/" + uscc + "/events")
                .body()
                .get(0);
        assertThat(event.get("type").asText()).isEqualTo("CLASSIFIED");
        assertThat(event.get("actor").asText()).isEqualTo("reviewer");
        assertThat(event.get("summary").asText()).isEqualTo("分类：Ⅱ类 → Ⅰ类；风险特征：无 → 粉尘涉爆；检维修、高处作业、动火、有限空间等危险作业量大");
        assertThat(event.get("details").get("before").get("enterpriseClass").asText())
                .isEqualTo("II");
        assertThat(event.get("details").get("after").get("features").toString())
                .isEqualTo("[\"dustExplosion\",\"heavyDangerousWork\"]");

        var back = put("reviewer", uscc, Map.of("riskFeatures", List.of(), "status", "DORMANT"));
        assertThat(back.body().get("enterpriseClass").asText()).isEqualTo("II");
        assertThat(back.body().get("status").asText()).isEqualTo("DORMANT");
        assertThat(back.body().get("remark").isNull()).isTrue();
        JsonNode events = LedgerApi.get(http, "reviewer", "/api/enterprises/" + uscc + "/events")
                .body();
        assertThat(events.findValuesAsText("type")).startsWith("CHANGED", "CLASSIFIED", "CLASSIFIED", "IMPORTED");
    }

    @Test
    void onlyReviewersAndManagersInScopeCorrect() {
        String own = DemoDataLoader.demoEnterpriseUscc(OffsetDateTime.now());
        String wendeng = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.regionCode().equals("371003"))
                .findFirst()
                .orElseThrow()
                .uscc();
        Map<String, Object> body = Map.of("riskFeatures", List.of("mining"));
        assertThat(put("reviewer", wendeng, body).status()).isEqualTo(404); // another district's enterprise
        assertThat(put("enterprise", own, body).status()).isEqualTo(403); // the enterprise itself
        assertThat(put("expert", own, body).status()).isEqualTo(403);
        assertThat(put("reviewer", own, Map.of("riskFeatures", List.of("flying"))))
                .extracting(LedgerApi.Response::status)
                .isEqualTo(400);
        assertThat(LedgerApi.get(http, "enterprise", "/api/enterprises/" + wendeng + "/events")
                        .status())
                .isEqualTo(404);
        assertThat(LedgerApi.get(http, "enterprise", "/api/enterprises/" + own + "/events")
                        .status())
                .isEqualTo(200);
    }

    private LedgerApi.Response put(String user, String uscc, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return LedgerApi.response(http.withBasicAuth(user, "demo")
                .exchange(
                        "/api/enterprises/" + uscc + "/classification",
                        HttpMethod.PUT,
                        new HttpEntity<>(body, headers),
                        String.class));
    }
}
