package cn.safetygrading.ledger.api;

import cn.safetygrading.ledger.domain.ImportProgress;
import cn.safetygrading.ledger.domain.ImportResult;
import cn.safetygrading.ledger.domain.Region;
import cn.safetygrading.ledger.domain.Rejection;
import cn.safetygrading.ledger.domain.SignOff;
import cn.safetygrading.ledger.file.FileFormat;
import cn.safetygrading.ledger.service.ImportGate;
import cn.safetygrading.ledger.service.ImportRefusedException;
import cn.safetygrading.ledger.service.LedgerExportService;
import cn.safetygrading.ledger.service.LedgerImportService;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.service.CurrentAccount;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The census over HTTP (contract): {@code POST /api/ledger/import}, {@code GET /api/ledger/export}, and
 * the sign-offs (审签) under {@code /api/ledger/signoffs}. Same accounts and scope as the UI.
 */
@RestController
@RequestMapping("/api/ledger")
public class LedgerController {

    public static final String XLSX = FileFormat.XLSX.contentType();

    private final LedgerImportService imports;
    private final LedgerExportService exports;
    private final SignOffService signOffs;
    private final CurrentAccount current;

    public LedgerController(
            LedgerImportService imports, LedgerExportService exports, SignOffService signOffs, CurrentAccount current) {
        this.imports = imports;
        this.exports = exports;
        this.signOffs = signOffs;
        this.current = current;
    }

    /**
     * Contract: {@code imported}, {@code updated}, {@code rejected}; plus {@code unchanged}, {@code rows},
     * {@code importId}, and {@code rejectedCount} (every rejected row) with {@code rejectedTruncated} (true
     * when {@code rejected} holds only the first details, app.ledger.import.max-rejection-details).
     */
    public record ImportJson(
            int imported,
            int updated,
            List<Rejection> rejected,
            int unchanged,
            int rows,
            String importId,
            int rejectedCount,
            boolean rejectedTruncated) {

        static ImportJson of(ImportResult r) {
            return new ImportJson(
                    r.imported(),
                    r.updated(),
                    r.rejected(),
                    r.unchanged(),
                    r.rows(),
                    r.importId(),
                    r.rejectedCount(),
                    r.rejectedTruncated());
        }
    }

    public record SignOffRequest(String region, LocalDate asOf, String fillingUnit) {}

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ImportJson importLedger(
            @RequestParam("file") MultipartFile file, @RequestParam(name = "region", required = false) String region)
            throws IOException {
        Account account = current.require();
        if (!LedgerImportService.mayImport(account)) {
            throw new AccessDeniedException("only managers and reviewers import the ledger");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        imports.importRegion(account, region);
        // busy: refused before the upload is copied
        ImportGate.Pass pass = imports.enter();
        Path temp = null;
        try {
            temp = Files.createTempFile("ledger-import-", suffix(name));
            file.transferTo(temp);
            return ImportJson.of(imports.importFile(account, temp, name, region, new ImportProgress(), pass));
        } finally {
            pass.close();
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    @GetMapping("/export")
    public void export(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(name = "region", required = false) String region,
            HttpServletResponse response)
            throws IOException {
        Account account = current.require();
        FileFormat fileFormat = format(format);
        Region scope = exports.exportRegion(account, region);
        prepare(response, fileFormat, exports.fileName(scope, fileFormat));
        exports.export(account, scope, fileFormat, response.getOutputStream());
    }

    @PostMapping("/signoffs")
    public ResponseEntity<SignOff> sign(@RequestBody(required = false) SignOffRequest request) {
        Account account = current.require();
        SignOffRequest r = request == null ? new SignOffRequest(null, null, null) : request;
        SignOff signOff = signOffs.sign(account, r.region(), r.asOf(), r.fillingUnit());
        return ResponseEntity.status(HttpStatus.CREATED).body(signOff);
    }

    @GetMapping("/signoffs")
    public List<SignOff> signOffs(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        Account account = current.require();
        if (account.isEnterprise()) {
            throw new AccessDeniedException("enterprise accounts have no ledger");
        }
        return signOffs.list(account, offset, limit);
    }

    @GetMapping("/signoffs/{id}")
    public SignOff signOff(@PathVariable long id) {
        return signOffs.find(current.require(), id).orElseThrow(() -> new NoSuchElementException("sign-off " + id));
    }

    @GetMapping("/signoffs/{id}/export")
    public void exportSignOff(
            @PathVariable long id, @RequestParam(defaultValue = "xlsx") String format, HttpServletResponse response)
            throws IOException {
        Account account = current.require();
        FileFormat fileFormat = format(format);
        SignOff signOff = signOffs.find(account, id).orElseThrow(() -> new NoSuchElementException("sign-off " + id));
        prepare(response, fileFormat, signOffs.fileName(signOff, fileFormat));
        signOffs.export(account, signOff, fileFormat, response.getOutputStream());
    }

    private static FileFormat format(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> FileFormat.XLSX;
            case "csv" -> FileFormat.CSV;
            default -> throw new IllegalArgumentException("format must be xlsx or csv");
        };
    }

    private static void prepare(HttpServletResponse response, FileFormat format, String fileName) {
        response.setContentType(format.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    private static String suffix(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".upload" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
    }

    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<Map<String, String>> refused(ImportRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case REGION_FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case BUSY -> HttpStatus.TOO_MANY_REQUESTS;
            case FILE, REGION_UNKNOWN -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not found in your scope"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
