package cn.safetygrading.document.service;

import cn.safetygrading.base.json.Json;
import cn.safetygrading.document.domain.DocumentKind;
import cn.safetygrading.document.domain.Issuer;
import cn.safetygrading.document.domain.OfficialDocument;
import cn.safetygrading.document.domain.StoredBytes;
import cn.safetygrading.document.persistence.DocumentMapper;
import cn.safetygrading.ledger.domain.Scope;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.ledger.service.SignOffService;
import cn.safetygrading.security.domain.Account;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and serves official documents. An issue takes the next 文号 of the unit's year in its own
 * transaction (a failed render returns it: no gaps), renders once, and stores the bytes with their
 * SHA-256 and the inputs; a second issue of the same kind and subject returns the stored document.
 */
@Service
@Transactional
public class DocumentService {

    /** What a renderer gets: the number and the instant the document is issued at. */
    public record Stamp(String documentNo, OffsetDateTime issuedAt) {}

    /** What one document is about and who issues it. */
    public record Subject(DocumentKind kind, String key, String uscc, String regionCode, Issuer issuer) {}

    private final DocumentMapper documents;
    private final LedgerService ledger;
    private final ScopeService scopes;
    private final SignOffService signOffs;
    private final ObjectMapper json;
    private final Clock clock;

    public DocumentService(
            DocumentMapper documents,
            LedgerService ledger,
            ScopeService scopes,
            SignOffService signOffs,
            ObjectMapper json,
            Clock clock) {
        this.signOffs = signOffs;
        this.documents = documents;
        this.ledger = ledger;
        this.scopes = scopes;
        this.json = json;
        this.clock = clock;
    }

    /** The stored document of the subject, or a new one numbered and rendered now. */
    public OfficialDocument issue(
            Subject subject, Map<String, ?> inputs, String actor, Function<Stamp, byte[]> render) {
        documents.lockSubject(subject.kind() + ":" + subject.key());
        Optional<OfficialDocument> stored = documents.bySubject(subject.kind(), subject.key());
        if (stored.isPresent()) {
            return stored.get();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = now.atZoneSameInstant(clock.getZone()).getYear();
        int serial = documents.nextSerial(subject.issuer().code(), year);
        String number = subject.issuer().documentNo(year, serial);
        byte[] pdf = render.apply(new Stamp(number, now));
        OfficialDocument document = new OfficialDocument(
                UUID.randomUUID().toString(),
                subject.kind(),
                subject.key(),
                subject.uscc(),
                subject.regionCode(),
                subject.issuer().code(),
                subject.issuer().name(),
                year,
                serial,
                number,
                sha256(pdf),
                actor,
                now);
        documents.insert(document, toJson(inputs), pdf);
        return document;
    }

    /** The document if the account may see the decision it records; empty otherwise (callers answer 404). */
    @Transactional(readOnly = true)
    public Optional<OfficialDocument> find(Account account, String id) {
        if (account == null || id == null) {
            return Optional.empty();
        }
        return documents.find(id).filter(d -> mayRead(account, d));
    }

    @Transactional(readOnly = true)
    public byte[] content(OfficialDocument document) {
        return documents.content(document.id()).map(StoredBytes::content).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<OfficialDocument> stored(DocumentKind kind, String subjectKey) {
        return documents.bySubject(kind, subjectKey);
    }

    private boolean mayRead(Account account, OfficialDocument document) {
        if (document.uscc() != null) {
            if (account.isEnterprise()
                    && (document.kind() == DocumentKind.APPROVAL_SHEET || document.kind() == DocumentKind.CIRCULAR)) {
                return false; // the officials' internal sheet; the 通报 of a measure (measures are officials' records)
            }
            return ledger.find(account, document.uscc()).isPresent();
        }
        if (account.isEnterprise() || document.regionCode() == null) {
            return false;
        }
        if (document.kind() == DocumentKind.SIGN_OFF_SHEET) {
            return signOffs.find(account, Long.parseLong(document.subjectKey())).isPresent();
        }
        Scope scope = scopes.of(account);
        if (scope.everything()) {
            return true;
        }
        return scope.regionPath() != null
                && documents
                        .region(document.regionCode())
                        .map(r ->
                                r.path().equals(scope.regionPath()) || r.path().startsWith(scope.regionPath() + "/"))
                        .orElse(false);
    }

    private String toJson(Map<String, ?> inputs) {
        return Json.of(json).write(inputs);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
