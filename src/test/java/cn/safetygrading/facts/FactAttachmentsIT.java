package cn.safetygrading.facts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.safetygrading.IntegrationTest;
import cn.safetygrading.forms.model.TestFiles;
import cn.safetygrading.ledger.LedgerApi;
import cn.safetygrading.ledger.LedgerFiles;
import cn.safetygrading.security.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Attack: a fact's attachment ({@code /files/facts/{id}}) over real sessions. Officials with the enterprise
 * in scope get the same bytes (PDF inline, nosniff, never cached); an official of another department, the
 * enterprise itself and an anonymous visitor get nothing. An executable is refused with a Chinese sentence
 * naming the field.
 */
class FactAttachmentsIT extends IntegrationTest {

    private static final List<String> HEADER =
            List.of("企业名称", "统一社会信用代码", "行业类别", "分类", "分级", "监管分级", "直接监管责任部门", "备注");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Clock clock;

    private String enterprise(String name) {
        String uscc = LedgerFiles.uscc("371002", "FA");
        byte[] census = LedgerFiles.withHeader(HEADER)
                .row(name, uscc, "13", "Ⅱ", "B", "区市级", "环翠区应急管理局", "")
                .csv();
        JsonNode body =
                LedgerApi.importFile(http, "reviewer", census, "附件.csv", null).body();
        assertThat(body.get("imported").asInt()).as(body.toString()).isEqualTo(1);
        return uscc;
    }

    private String penalty(String uscc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decidedOn", LocalDate.now(clock).minusDays(10).toString());
        body.put("documentNo", "威环应急罚〔2026〕21号");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        LedgerApi.Response created = LedgerApi.response(http.withBasicAuth("reviewer", "demo")
                .exchange(
                        "/api/enterprises/" + uscc + "/penalties",
                        HttpMethod.POST,
                        new HttpEntity<>(body, headers),
                        String.class));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private LedgerApi.Response upload(String user, String path, String fileName, String type, byte[] bytes) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.parseMediaType(type));
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add(
                "file",
                new HttpEntity<>(
                        new ByteArrayResource(bytes) {
                            @Override
                            public String getFilename() {
                                return fileName;
                            }
                        },
                        part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return LedgerApi.response(http.withBasicAuth(user, "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class));
    }

    private HttpResponse<String> get(String user, String path) {
        WebClient client = new WebClient(port);
        client.vaadinLogin(user, "demo");
        return client.get(path);
    }

    @Test
    void officialsInScopeGetTheSameBytesOthersNothing() {
        String uscc = enterprise("威海事实附件甲有限公司");
        String fact = penalty(uscc);
        String attachments = "/api/enterprises/" + uscc + "/penalties/" + fact + "/attachments";

        LedgerApi.Response stored = upload("reviewer", attachments, "处罚决定书.pdf", "application/pdf", PDF);
        assertThat(stored.status()).as(stored.raw()).isEqualTo(201);
        String id = stored.body().get("id").asText();
        // the entry lists it
        JsonNode listed = LedgerApi.response(http.withBasicAuth("reviewer", "demo")
                        .getForEntity("/api/enterprises/" + uscc + "/penalties", String.class))
                .body();
        assertThat(listed.get(0).get("attachments").get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("attachments").get(0).get("fileName").asText())
                .isEqualTo("处罚决定书.pdf");

        HttpResponse<String> file = get("reviewer", "/files/facts/" + id);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(file.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        // a manager of the city: in scope
        assertThat(get("manager", "/files/facts/" + id).statusCode()).isEqualTo(200);

        // 住建局 of the same county: not their enterprise; the enterprise itself: the registers are not theirs
        assertThat(get("builder", "/files/facts/" + id).statusCode()).isEqualTo(404);
        HttpResponse<String> own = get("enterprise", "/files/facts/" + id);
        assertThat(own.statusCode()).isEqualTo(404);
        assertThat(own.body()).doesNotContain("%PDF");
        HttpResponse<String> anonymous = new WebClient(port).get("/files/facts/" + id);
        assertThat(anonymous.statusCode()).isNotEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("%PDF");
        assertThat(get("reviewer", "/files/facts/no-such-file").statusCode()).isEqualTo(404);

        // nobody else adds files
        assertThat(upload("enterprise", attachments, "a.pdf", "application/pdf", PDF)
                        .status())
                .isEqualTo(403);
        assertThat(upload("builder", attachments, "a.pdf", "application/pdf", PDF)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anExecutableIsRefusedNamingTheField() {
        String uscc = enterprise("威海事实附件乙有限公司");
        String fact = penalty(uscc);
        String attachments = "/api/enterprises/" + uscc + "/penalties/" + fact + "/attachments";

        LedgerApi.Response exe =
                upload("reviewer", attachments, "setup.exe", "application/x-msdownload", TestFiles.EXE);
        assertThat(exe.status()).as(exe.raw()).isEqualTo(400);
        assertThat(exe.body().get("field").asText()).isEqualTo("file");
        assertThat(exe.body().get("message").asText()).contains("附件").contains("setup.exe");
        // a PDF that is not one
        LedgerApi.Response fake = upload("reviewer", attachments, "决定书.pdf", "application/pdf", TestFiles.DOCX);
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.body().get("message").asText()).contains("内容与扩展名不符");
        // an entry that does not exist
        assertThat(upload(
                                "reviewer",
                                "/api/enterprises/" + uscc + "/penalties/no-such-entry/attachments",
                                "a.pdf",
                                "application/pdf",
                                PDF)
                        .status())
                .isEqualTo(404);
    }
}
