package cn.safetygrading.notice.service;

import cn.safetygrading.base.Refused;
import cn.safetygrading.base.engine.CaseComments;
import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.notice.domain.EnterpriseObjection;
import cn.safetygrading.notice.domain.Notice;
import cn.safetygrading.notice.domain.Objection;
import cn.safetygrading.notice.persistence.NoticeMapper;
import cn.safetygrading.security.domain.Account;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections from the public: validated, rate-limited per client, stored with a receipt number,
 * and delivered to the grading process as the message {@code objection-filed}. An objection that
 * arrives while an earlier one is under review is answered by that review.
 */
@Service
public class ObjectionService {

    public static final String MESSAGE = "objection-filed";
    public static final int MIN_TEXT = 10;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_CONTACT = 200;

    private final ReceiptNumbers receipts = new ReceiptNumbers();

    private final NoticeMapper notices;
    private final RuntimeService runtime;
    private final EnterpriseFileService file;
    private final LedgerService ledger;
    private final CaseComments comments;
    private final Clock clock;
    private final int perClientPerHour;
    private final String salt;
    private final Translations texts;

    public ObjectionService(
            Translations texts,
            NoticeMapper notices,
            RuntimeService runtime,
            EnterpriseFileService file,
            LedgerService ledger,
            CaseComments comments,
            Clock clock,
            @Value("${app.notice.objections-per-client-per-hour:5}") int perClientPerHour,
            @Value("${app.notice.client-salt:${random.uuid}}") String salt) {
        this.texts = texts;
        this.notices = notices;
        this.runtime = runtime;
        this.file = file;
        this.ledger = ledger;
        this.comments = comments;
        this.clock = clock;
        this.perClientPerHour = perClientPerHour;
        this.salt = salt;
    }

    /** Files an objection against an open notice and returns its receipt number. */
    @Transactional
    public String file(String noticeId, String text, String contact, String clientAddress) {
        String body = text == null ? "" : text.strip();
        if (body.length() < MIN_TEXT) {
            throw new Refused("objection.tooShort", "");
        }
        if (body.length() > MAX_TEXT) {
            throw new Refused("objection.tooLong", "");
        }
        String who = contact == null ? null : contact.strip();
        if (who != null && who.length() > MAX_CONTACT) {
            throw new Refused("objection.contactTooLong", "");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Notice notice = notices.find(noticeId)
                .filter(n -> "OPEN".equals(n.status()) && n.endsAt().isAfter(now))
                .orElseThrow(() -> new Refused("objection.noticeClosed", ""));
        String client = hash(clientAddress);
        if (notices.countObjectionsSince(client, now.minusHours(1)) >= perClientPerHour) {
            throw new Refused("objection.rateLimited", "");
        }
        String receipt = newReceipt();
        String id = UUID.randomUUID().toString();
        notices.insertObjection(new Objection(
                id,
                receipt,
                noticeId,
                body,
                who == null || who.isEmpty() ? null : who,
                client,
                now,
                "RECEIVED",
                null,
                null,
                null));
        file.record(
                notice.uscc(),
                "OBJECTION",
                "public",
                texts.zh("notice.text.objection", receipt),
                null,
                "objection:" + id);
        // the case's own instance, from our tables: a process variable naming the notice could have been rewritten
        String instance = notices.caseProcessInstance(notice.caseId()).orElseThrow();
        boolean awaiting = runtime.createExecutionQuery()
                        .messageEventSubscriptionName(MESSAGE)
                        .processInstanceId(instance)
                        .count()
                > 0;
        if (awaiting) {
            runtime.createMessageCorrelation(MESSAGE)
                    .processInstanceId(instance)
                    .setVariables(Map.of("objectionText", body, "objectionId", id))
                    .correlate();
        }
        // otherwise the case is in objection review right now, and that review decides this objection too
        return receipt;
    }

    /**
     * The objections against the enterprise's notices, newest first: for the enterprise itself, and
     * for officials whose scope holds it. The objector's contact is never part of it.
     */
    @Transactional(readOnly = true)
    public List<EnterpriseObjection> forEnterprise(Account account, String uscc) {
        ledger.requireVisible(account, uscc);
        return notices.objectionsForEnterprise(uscc);
    }

    /**
     * The enterprise's statement on an open objection against its own notice: kept with the
     * objection, written to its file, and put on the running case as a comment so the experts who
     * decide the objection read it beside their task.
     */
    @Transactional
    public void reply(Account account, String objectionId, String text) {
        if (!account.isEnterprise() || account.uscc() == null) {
            throw new AccessDeniedException("only the enterprise answers an objection against it");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new Refused("objection.replyEmpty", "");
        }
        if (body.length() > MAX_TEXT) {
            throw new Refused("objection.tooLong", "");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (notices.replyToObjection(objectionId, account.uscc(), body, account.userId(), now) == 0) {
            throw new Refused("objection.replyClosed", "");
        }
        Objection objection = notices.objection(objectionId).orElseThrow();
        file.record(
                account.uscc(),
                "OBJECTION_REPLY",
                account.userId(),
                texts.zh("notice.text.objectionReply", objection.receiptNo()),
                null,
                "objection-reply:" + objectionId + ":" + now.toInstant().toEpochMilli());
        runtime.createProcessInstanceQuery()
                .processDefinitionKey("grading-cycle")
                .processInstanceBusinessKey(account.uscc())
                .active()
                .list()
                .forEach(pi -> comments.add(
                        account.userId(),
                        null,
                        pi.getId(),
                        texts.zh("notice.text.objectionReplyComment", objection.receiptNo(), body)));
    }

    /** The objection of a receipt number as the objector typed it (case, spaces and dashes aside). */
    @Transactional(readOnly = true)
    public Optional<Objection> byReceipt(String receiptNo) {
        return ReceiptNumbers.canonical(receiptNo).flatMap(notices::objectionByReceipt);
    }

    /** An unguessable receipt number ({@link ReceiptNumbers}) that no objection has yet. */
    private String newReceipt() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String receipt = receipts.next();
            if (notices.objectionByReceipt(receipt).isEmpty()) {
                return receipt;
            }
        }
        throw new IllegalStateException("no free receipt number after 5 draws");
    }

    private String hash(String clientAddress) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest((salt + "|" + clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
