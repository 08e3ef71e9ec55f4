package cn.safetygrading.document.web;

import cn.safetygrading.document.service.DocumentService;
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
 * {@code GET /documents/{id}}: the stored PDF, for a signed-in session that may see the decision it records;
 * 404 for anything else (a document out of scope is not told apart from one that does not exist).
 */
@RestController
public class DocumentController {

    private final DocumentService documents;
    private final CurrentAccount current;

    public DocumentController(DocumentService documents, CurrentAccount current) {
        this.documents = documents;
        this.current = current;
    }

    @GetMapping("/documents/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String id) {
        return current.get()
                .flatMap(account -> documents.find(account, id))
                .map(d -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename(d.documentNo() + ".pdf", StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .eTag("\"" + d.sha256() + "\"")
                        .body(documents.content(d)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
