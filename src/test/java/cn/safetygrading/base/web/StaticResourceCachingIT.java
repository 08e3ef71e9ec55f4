package cn.safetygrading.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/** The scripts and styles beside Vaadin's bundle: anyone may fetch them, and browsers may keep them. */
class StaticResourceCachingIT extends IntegrationTest {

    private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.common.min.js";

    @Autowired
    TestRestTemplate http;

    @Test
    void webjarsAreKeptForAYearWithoutASession() {
        var response = http.getForEntity(ECHARTS, byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).hasSizeGreaterThan(100_000);
        String cacheControl = response.getHeaders().getCacheControl();
        assertThat(cacheControl)
                .contains("max-age=31536000", "public", "immutable")
                .doesNotContain("no-store");
        assertThat(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).isEmpty();
    }

    @Test
    void ownScriptsAreKeptButRevalidated() {
        var response = http.getForEntity("/js/sg-chart.js", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("customElements.define('sg-chart'");
        assertThat(response.getHeaders().getCacheControl()).contains("no-cache").doesNotContain("no-store");
        String lastModified = response.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED);
        assertThat(lastModified).isNotBlank();

        HttpHeaders conditional = new HttpHeaders();
        conditional.set(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        var again = http.exchange("/js/sg-chart.js", HttpMethod.GET, new HttpEntity<>(conditional), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
    }

    @Test
    void stylesAreOpenToAnyoneAndRevalidated() {
        var response = http.getForEntity("/css/sg-table.css", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains(".sg-table");
        assertThat(response.getHeaders().getCacheControl()).contains("no-cache").doesNotContain("no-store");
    }
}
