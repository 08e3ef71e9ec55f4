package cn.safetygrading.facts.api;

import cn.safetygrading.facts.service.FactAttachments;
import cn.safetygrading.facts.service.FactAttachments.FactFile;
import cn.safetygrading.security.service.CurrentAccount;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/facts/{attachmentId}}: a fact's document for the signed-in session. Officials with the
 * enterprise in scope get it; the enterprise itself and anyone else get 404, as for a file that does not
 * exist. PDF and images whose content fits their extension are shown inline with their own type; anything
 * else is a download of neutral type. Never sniffed, never cached.
 */
@RestController
public class FactFileController {

    public static final String PATH = FactAttachments.PATH;

    private final FactAttachments attachments;
    private final CurrentAccount current;

    public FactFileController(FactAttachments attachments, CurrentAccount current) {
        this.attachments = attachments;
        this.current = current;
    }

    @GetMapping(PATH + "{attachmentId}")
    public ResponseEntity<byte[]> file(@PathVariable String attachmentId) {
        FactFile file = attachments.file(current.require(), attachmentId).orElse(null);
        if (file == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        ContentDisposition disposition = (file.inlineType() == null
                        ? ContentDisposition.attachment()
                        : ContentDisposition.inline())
                .filename(file.name(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(
                        file.inlineType() == null
                                ? MediaType.APPLICATION_OCTET_STREAM
                                : MediaType.parseMediaType(file.inlineType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
