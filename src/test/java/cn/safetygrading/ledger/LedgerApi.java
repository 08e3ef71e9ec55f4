package cn.safetygrading.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Calls of the ledger API for tests, as a script would make them (HTTP Basic). */
public final class LedgerApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerApi() {}

    public record Response(int status, JsonNode body, String raw) {}

    /** POST /api/ledger/import with the multipart field {@code file} and, if not null, {@code region}. */
    public static Response importFile(
            TestRestTemplate http, String user, byte[] content, String fileName, String region) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        if (region != null) {
            form.add("region", region);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .postForEntity("/api/ledger/import", new HttpEntity<>(form, headers), String.class);
        return response(response);
    }

    public static Response get(TestRestTemplate http, String user, String path) {
        return response(http.withBasicAuth(user, "demo").getForEntity(path, String.class));
    }

    public static Response response(ResponseEntity<String> response) {
        String raw = response.getBody();
        JsonNode body = null;
        try {
            body = raw == null || raw.isBlank() ? null : JSON.readTree(raw);
        } catch (Exception notJson) {
            // left null: the test asserts on the raw body
        }
        return new Response(response.getStatusCode().value(), body, raw);
    }
}
