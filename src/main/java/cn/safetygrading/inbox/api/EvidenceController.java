package cn.safetygrading.inbox.api;

import cn.safetygrading.grading.service.SelfAssessmentService;
import cn.safetygrading.grading.service.SelfAssessmentService.EvidenceFile;
import cn.safetygrading.security.service.CurrentAccount;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/evidence/{attachmentId}}: a self-assessment's evidence file for the signed-in session,
 * scoped like its case (the case's enterprise, officials with the enterprise in their scope; anyone else
 * gets 404, as for a file that does not exist). PDF and images whose content matches their extension
 * are shown inline with their own type; anything else is a download of neutral type. Never sniffed
 * (the type comes from the checked content), never cached.
 */
@RestController
public class EvidenceController {

    public static final String PATH = "/files/evidence/";
    private static final Map<String, MediaType> INLINE = Map.of(
            "pdf", MediaType.APPLICATION_PDF,
            "png", MediaType.IMAGE_PNG,
            "jpg", MediaType.IMAGE_JPEG,
            "jpeg", MediaType.IMAGE_JPEG);

    private final SelfAssessmentService selfAssessments;
    private final CurrentAccount current;

    public EvidenceController(SelfAssessmentService selfAssessments, CurrentAccount current) {
        this.selfAssessments = selfAssessments;
        this.current = current;
    }

    @GetMapping(PATH + "{attachmentId}")
    public ResponseEntity<byte[]> evidence(@PathVariable String attachmentId) {
        EvidenceFile file =
                selfAssessments.evidenceFile(current.require(), attachmentId).orElse(null);
        if (file == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        MediaType inline = file.genuine() ? INLINE.get(file.extension()) : null;
        ContentDisposition disposition = (inline == null
                        ? ContentDisposition.attachment()
                        : ContentDisposition.inline())
                .filename(file.name(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(inline == null ? MediaType.APPLICATION_OCTET_STREAM : inline)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
