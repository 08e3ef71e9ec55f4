package cn.safetygrading.ledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.demo.DemoDataLoader;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #12, the ledger import attacked over HTTP as a script would: a shared-strings bomb, a flood of
 * rejected rows, too many rows, two imports at once, and probing for enterprises of other counties.
 */
class ImportAbuseIT extends IntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * An .xlsx of about 15 MB whose sharedStrings.xml inflates to about 480 MB at a ratio near 30 (within
     * the zip limits: entries up to 512 MB, ratio up to 100): 28 million one-letter strings, which the old
     * reader kept as 28 million Strings (about 1.5 GB of the test JVM's 2 GB heap, 90 s; a production
     * heap of 1 GB ran out). Now the reader stops at the two millionth string.
     */
    @Test
    void aSharedStringsBombIsRefusedQuicklyWithTheLimitNamed() throws IOException {
        LedgerFiles.Bomb bomb = LedgerFiles.sharedStringsBomb(28_000_000);
        assertThat(bomb.inflated()).isGreaterThan(400L * 1024 * 1024).isLessThan(512L * 1024 * 1024);
        assertThat((double) bomb.inflated() / bomb.compressed()).isLessThan(100);
        assertThat(bomb.file().length).isLessThan(50 * 1024 * 1024);

        long start = System.nanoTime();
        // a name of its own: the newest started_at may be another test's import (the tests reset the clock)
        String name = "台账-" + UUID.randomUUID() + ".xlsx";
        var response = LedgerApi.importFile(http, "reviewer", bomb.file(), name, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.status()).as(response.raw()).isEqualTo(413);
        assertThat(response.body().get("error").asText()).contains("共享字符串").contains("2000000");
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(jdbc.queryForList("select status from ledger_import where file_name = ?", String.class, name))
                .containsExactly("REFUSED");
    }

    /** A megabyte of bad rows: every rejected row counted, the details cut at 1,000, the response small. */
    @Test
    void aFloodOfBadRowsGivesTheFullCountAndASmallResponse() {
        StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码,行业类别\n");
        int rows = 0;
        while (csv.length() < 1_000_000) {
            csv.append("坏行").append(rows).append(",X").append(rows).append(",13\n");
            rows++;
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(1_000_000);

        var response = LedgerApi.importFile(http, "reviewer", file, "坏行.csv", null);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.raw().getBytes(StandardCharsets.UTF_8).length).isLessThan(300_000);
        JsonNode body = response.body();
        assertThat(body.get("rejectedCount").asInt()).isEqualTo(rows);
        assertThat(body.get("rejected")).hasSize(1000);
        assertThat(body.get("rejectedTruncated").asBoolean()).isTrue();
        assertThat(body.get("rejected").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(body.get("imported").asInt()).isZero();
    }

    @Test
    void moreRowsThanTheLimitRefuseTheFileBeforeAnyIsWritten() {
        StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码,行业类别\n");
        for (int i = 0; i <= 200_000; i++) {
            csv.append("行").append(i).append(",X,13\n");
        }
        var response =
                LedgerApi.importFile(http, "reviewer", csv.toString().getBytes(StandardCharsets.UTF_8), "大.csv", null);
        assertThat(response.status()).as(response.raw()).isEqualTo(413);
        assertThat(response.body().get("error").asText()).contains("200000").contains("上限");
    }

    /** While one import runs on the node, a second is refused at once (429) with a Chinese message. */
    @Test
    void aSecondImportWhileOneRunsIsRefused() throws Exception {
        StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码,行业类别\n");
        for (int i = 0; i < 190_000; i++) {
            csv.append("慢").append(i).append(",X").append(i).append(",13\n");
        }
        byte[] slow = csv.toString().getBytes(StandardCharsets.UTF_8);
        int runningBefore = running();
        CompletableFuture<LedgerApi.Response> first =
                CompletableFuture.supplyAsync(() -> LedgerApi.importFile(http, "manager", slow, "慢.csv", "371002"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (running() == runningBefore && !first.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(first.isDone())
                .as("the first import should still be running")
                .isFalse();

        byte[] small = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别"))
                .row("并发导入的企业", LedgerFiles.uscc("371002", "QC"), "13")
                .csv();
        var second = LedgerApi.importFile(http, "reviewer", small, "小.csv", null);

        assertThat(second.status()).as(second.raw()).isEqualTo(429);
        assertThat(second.body().get("error").asText()).contains("另一项台账导入");
        assertThat(first.get().status()).isEqualTo(200);
        assertThat(LedgerApi.importFile(http, "reviewer", small, "小.csv", null).status())
                .isEqualTo(200);
    }

    /**
     * An importer cannot tell an enterprise of another county from one that does not exist: a row with
     * the USCC of 文登区's enterprise, with or without its 区划代码, gets exactly the rejection of a new
     * enterprise placed in 文登区.
     */
    @Test
    void anEnterpriseOfAnotherCountyLooksLikeOneThatDoesNotExist() {
        List<String> wendeng = DemoDataLoader.enterprises(OffsetDateTime.now()).stream()
                .filter(e -> e.regionCode().equals("371003"))
                .limit(2)
                .map(e -> e.uscc())
                .toList();
        String unknown = LedgerFiles.uscc("371003", "QC");
        LedgerFiles file = LedgerFiles.withHeader(List.of("企业名称", "统一社会信用代码", "行业类别", "区划代码"))
                .row("文登的企业", wendeng.get(0), "13", "")
                .row("文登的另一企业", wendeng.get(1), "13", "371003")
                .row("不存在的企业", unknown, "13", "371003");

        JsonNode body = LedgerApi.importFile(http, "reviewer", file.csv(), "x.csv", null)
                .body();

        assertThat(body.get("rejected")).hasSize(3);
        JsonNode a = body.get("rejected").get(0);
        for (JsonNode r : body.get("rejected")) {
            assertThat(r.get("field").asText())
                    .isEqualTo(a.get("field").asText())
                    .isEqualTo("区划代码");
            assertThat(r.get("message").asText()).isEqualTo(a.get("message").asText());
        }
        assertThat(a.get("message").asText())
                .doesNotContain("已登记")
                .doesNotContain("371003")
                .doesNotContain("文登");
        assertThat(LedgerApi.get(http, "reviewer", "/api/enterprises/" + unknown)
                        .status())
                .isEqualTo(404);
    }

    private int running() {
        return jdbc.queryForObject("select count(*) from ledger_import where status = 'RUNNING'", Integer.class);
    }
}
