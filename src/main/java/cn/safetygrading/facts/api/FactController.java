package cn.safetygrading.facts.api;

import cn.safetygrading.facts.domain.FactAttachment;
import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.service.FactAttachments;
import cn.safetygrading.facts.service.FactNotFound;
import cn.safetygrading.facts.service.FactService;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.security.service.CurrentAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The fact registers over HTTP (contract.md, docs/api.md): {@code POST} a new entry ({@code 201
 * {"id"}}), {@code POST …/{id}/correction} a superseding one, {@code GET} the entries; risk facts by
 * {@code PUT}. Registers: accidents, penalties, commendations, standardization, dual-prevention,
 * risk-facts, credit-facts. Each entry lists its files; {@code POST …/{id}/attachments} (multipart part
 * {@code file}, optional {@code replaces}) adds one, served at {@code /files/facts/{attachmentId}}.
 */
@RestController
@RequestMapping("/api/enterprises/{uscc}")
public class FactController {

    private static final String REGISTERS =
            "{register:accidents|penalties|commendations|standardization|dual-prevention|risk-facts|credit-facts}";

    private final FactService facts;
    private final FactAttachments attachments;
    private final CurrentAccount current;

    public FactController(FactService facts, FactAttachments attachments, CurrentAccount current) {
        this.facts = facts;
        this.attachments = attachments;
        this.current = current;
    }

    /** A file of an entry: its address under {@code /files/facts/}. */
    public record AttachmentJson(
            String id,
            String fileName,
            String contentType,
            long size,
            String uploadedBy,
            OffsetDateTime uploadedAt,
            String supersededBy,
            String url) {

        static AttachmentJson of(FactAttachment a) {
            return new AttachmentJson(
                    a.id(),
                    a.fileName(),
                    a.contentType(),
                    a.sizeBytes(),
                    a.uploadedBy(),
                    a.uploadedAt(),
                    a.supersededBy(),
                    FactFileController.PATH + a.id());
        }
    }

    /** One entry: the frame, and the register's own fields by their JSON names. */
    public record EntryJson(
            String id,
            LocalDate occurredOn,
            String documentNo,
            String recordedBy,
            String recordedByName,
            OffsetDateTime recordedAt,
            String supersededBy,
            String gradeEvent,
            Map<String, Object> fields,
            List<AttachmentJson> attachments) {

        static EntryJson of(FactEntry e, List<FactAttachment> files) {
            return new EntryJson(
                    e.id(),
                    e.occurredOn(),
                    e.documentNo(),
                    e.recordedBy(),
                    e.recordedByName(),
                    e.recordedAt(),
                    e.supersededBy(),
                    e.gradeEvent(),
                    e.values(),
                    files.stream().map(AttachmentJson::of).toList());
        }
    }

    public record Created(String id) {}

    @GetMapping("/{register:accidents|penalties|commendations|standardization|dual-prevention|risk-facts|credit-facts}")
    public List<EntryJson> list(@PathVariable String uscc, @PathVariable String register) {
        Register r = register(register);
        var account = current.require();
        List<FactEntry> entries = facts.list(account, uscc, r);
        Map<String, List<FactAttachment>> files = attachments.byEntry(account, uscc, r);
        return entries.stream()
                .map(e -> EntryJson.of(e, files.getOrDefault(e.id(), List.of())))
                .toList();
    }

    @PostMapping("/{register:accidents|penalties|commendations|standardization|dual-prevention|credit-facts}")
    @ResponseStatus(HttpStatus.CREATED)
    public Created record(
            @PathVariable String uscc,
            @PathVariable String register,
            @RequestBody(required = false) Map<String, Object> body) {
        return new Created(facts.record(current.require(), uscc, register(register), body));
    }

    @PutMapping("/risk-facts")
    @ResponseStatus(HttpStatus.CREATED)
    public Created riskFacts(@PathVariable String uscc, @RequestBody(required = false) Map<String, Object> body) {
        return new Created(facts.putRiskFacts(current.require(), uscc, body));
    }

    @PostMapping(
            "/{register:accidents|penalties|commendations|standardization|dual-prevention|risk-facts|credit-facts}/{id}/correction")
    @ResponseStatus(HttpStatus.CREATED)
    public Created correct(
            @PathVariable String uscc,
            @PathVariable String register,
            @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> body) {
        return new Created(facts.correct(current.require(), uscc, register(register), id, body));
    }

    @PostMapping(path = "/" + REGISTERS + "/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    public Created attach(
            @PathVariable String uscc,
            @PathVariable String register,
            @PathVariable String id,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "replaces", required = false) String replaces) {
        UploadedFile upload;
        try {
            upload = new UploadedFile(
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    file.getContentType(),
                    file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Created(attachments.attach(current.require(), uscc, register(register), id, upload, replaces));
    }

    private static Register register(String path) {
        return Register.ofPath(path).orElseThrow(() -> new FactNotFound(path));
    }
}
