package cn.safetygrading.facts.service;

import cn.safetygrading.facts.domain.FactAttachment;
import cn.safetygrading.facts.domain.RefusedFile;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.persistence.FactAttachmentMapper;
import cn.safetygrading.facts.persistence.FactMapper;
import cn.safetygrading.forms.model.FileRules;
import cn.safetygrading.forms.model.UploadedFile;
import cn.safetygrading.security.domain.Account;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents behind the facts: files kept with one entry of a register. Who adds them: whoever may
 * record the fact (FactService). Who reads them: officials with the enterprise in scope; the enterprise
 * itself and anyone outside the scope find nothing. The forms' file rules apply (name, size, no
 * executables or web content, content matching the extension) and only PDF, images and office files are
 * taken. Nothing is deleted: a file may be replaced by another of the same entry, which supersedes it.
 */
@Service
public class FactAttachments {

    /** Where a file is served: {@code /files/facts/{attachmentId}} (FactFileController). */
    public static final String PATH = "/files/facts/";

    /** The field that names a refused file (API multipart part and dialog). */
    public static final String FIELD = "file";

    /** PDF, images and office documents (WPS and OFD included). */
    public static final String ACCEPT = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et,.dps,.ofd";

    private static final Map<String, String> INLINE_TYPES =
            Map.of("pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    private final FactAttachmentMapper files;
    private final FactMapper facts;
    private final FactService service;
    private final Clock clock;

    public FactAttachments(FactAttachmentMapper files, FactMapper facts, FactService service, Clock clock) {
        this.files = files;
        this.facts = facts;
        this.service = service;
        this.clock = clock;
    }

    /** A file with its bytes, as served; {@code inlineType} is set only for PDF and images whose content fits. */
    public record FactFile(String name, String inlineType, byte[] content) {}

    /** Refuses a file the registers do not take (before anything is recorded). */
    public static void check(UploadedFile file) {
        FileRules.DEFAULT.check(FIELD, file, ACCEPT).ifPresent(error -> {
            throw new RefusedFile(FIELD, error.messageKey(), error.args());
        });
    }

    /**
     * Keeps a file with the entry {@code factId}; with {@code replaces}, that file of the same entry is
     * superseded by it. Returns the new file's id.
     */
    @Transactional
    public String attach(
            Account account, String uscc, Register register, String factId, UploadedFile file, String replaces) {
        service.requireRecorder(account, uscc);
        if (factId == null || facts.find(register.table(), uscc, factId) == null) {
            throw new FactNotFound("no entry " + factId);
        }
        check(file);
        String id = UUID.randomUUID().toString();
        String extension = FileRules.extension(file.fileName());
        files.insert(
                id,
                register.path(),
                factId,
                uscc,
                file.fileName(),
                INLINE_TYPES.getOrDefault(extension, "application/octet-stream"),
                file.size(),
                file.bytes(),
                sha256(file.bytes()),
                account.userId(),
                OffsetDateTime.now(clock));
        if (replaces != null && files.supersede(replaces, register.path(), factId, id) == 0) {
            throw new FactNotFound("no file " + replaces + " of entry " + factId);
        }
        return id;
    }

    /**
     * Records an entry (a correction when {@code corrected} is given) with its files, all or nothing:
     * the files are checked first. Returns the entry's id.
     */
    @Transactional
    public String recordWith(
            Account account,
            String uscc,
            Register register,
            String corrected,
            Map<String, Object> body,
            List<UploadedFile> uploads) {
        uploads.forEach(FactAttachments::check);
        String id;
        if (corrected != null) {
            id = service.correct(account, uscc, register, corrected, body);
        } else if (register == Register.RISK_FACTS) {
            id = service.putRiskFacts(account, uscc, body);
        } else {
            id = service.record(account, uscc, register, body);
        }
        for (UploadedFile upload : uploads) {
            attach(account, uscc, register, id, upload, null);
        }
        return id;
    }

    /** The files of the register's entries of an enterprise, by entry id (the reader's access checked). */
    public Map<String, List<FactAttachment>> byEntry(Account account, String uscc, Register register) {
        service.requireReader(account, uscc);
        return files.ofRegister(uscc, register.path()).stream().collect(Collectors.groupingBy(FactAttachment::factId));
    }

    /** A file for an official with its enterprise in scope; empty for anyone else, as for no file at all. */
    public Optional<FactFile> file(Account account, String attachmentId) {
        if (account == null || account.isEnterprise() || attachmentId == null) {
            return Optional.empty();
        }
        return files.find(attachmentId)
                .filter(f -> service.enterprise(account, f.uscc()).isPresent())
                .flatMap(f -> files.content(f.id()).map(c -> served(f, c.content())));
    }

    private static FactFile served(FactAttachment file, byte[] content) {
        String type = INLINE_TYPES.get(FileRules.extension(file.fileName()));
        boolean genuine = type != null
                && FileRules.DEFAULT
                        .check(FIELD, new UploadedFile(file.fileName(), type, content), null)
                        .isEmpty();
        return new FactFile(file.fileName(), genuine ? type : null, content);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
