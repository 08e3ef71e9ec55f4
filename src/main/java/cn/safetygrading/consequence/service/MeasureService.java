package cn.safetygrading.consequence.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.consequence.domain.InvalidMeasure;
import cn.safetygrading.consequence.domain.Measure;
import cn.safetygrading.consequence.domain.MeasureKind;
import cn.safetygrading.consequence.domain.MeasureProposal;
import cn.safetygrading.consequence.domain.NewMeasure;
import cn.safetygrading.consequence.persistence.ConsequenceMapper;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.EnterpriseFileService;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records of the consequences the seeds name (domain §11): recorded by the managers and officials whose
 * scope holds the enterprise, never by an enterprise; each is also an event of the enterprise file and
 * closes the enterprise's open proposals. Nothing is deleted; a correction is a new record.
 */
@Service
public class MeasureService {

    static final int MAX_DOCUMENT = 100;
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_REASON = 1000;

    private final ConsequenceMapper mapper;
    private final LedgerService ledger;
    private final ScopeService scopes;
    private final EnterpriseFileService file;
    private final Clock clock;
    private final Translations texts;

    public MeasureService(
            Translations texts,
            ConsequenceMapper mapper,
            LedgerService ledger,
            ScopeService scopes,
            EnterpriseFileService file,
            Clock clock) {
        this.texts = texts;
        this.mapper = mapper;
        this.ledger = ledger;
        this.scopes = scopes;
        this.file = file;
        this.clock = clock;
    }

    /** Officials who record and read measures: managers, reviewers, supervisors and inspectors, never an enterprise. */
    public static boolean mayRecord(Account account) {
        return account != null
                && !account.isEnterprise()
                && (account.has(Role.MANAGER)
                        || account.has(Role.REVIEWER)
                        || account.has(Role.SUPERVISOR)
                        || account.has(Role.INSPECTOR));
    }

    /** The enterprise's measures, newest first; empty when it is not in the account's scope. */
    public Optional<List<Measure>> list(Account account, String uscc) {
        requireOfficial(account);
        return ledger.find(account, uscc).map(e -> mapper.measures(uscc));
    }

    /** Records a measure; empty when the enterprise is not in the account's scope. */
    @Transactional
    public Optional<Measure> record(Account account, String uscc, NewMeasure input) {
        requireOfficial(account);
        Optional<Enterprise> enterprise = ledger.find(account, uscc);
        if (enterprise.isEmpty()) {
            return Optional.empty();
        }
        MeasureKind kind = kind(input.kind());
        LocalDate today = LocalDate.now(clock);
        if (input.decidedOn() == null) {
            throw new InvalidMeasure("decidedOn", "measure.invalid.decidedOn");
        }
        if (input.decidedOn().isAfter(today)) {
            throw new InvalidMeasure("decidedOn", "measure.invalid.future");
        }
        String document = text("documentNo", input.documentNo(), MAX_DOCUMENT);
        String department =
                input.issuingDepartment() == null || input.issuingDepartment().isBlank()
                        ? scopes.departmentOf(account).map(d -> d.name()).orElse(null)
                        : input.issuingDepartment();
        department = text("issuingDepartment", department, MAX_DEPARTMENT);
        String reason = text("reason", input.reason(), MAX_REASON);
        return Optional.of(store(new Measure(
                null,
                uscc,
                kind,
                input.decidedOn(),
                document,
                department,
                reason,
                null,
                account.userId(),
                OffsetDateTime.now(clock),
                null)));
    }

    /**
     * A measure the system records itself (a falsification's 通报), once per idempotency key; answers
     * the stored one.
     */
    @Transactional
    public Measure recordAutomatic(
            String uscc,
            MeasureKind kind,
            String documentNo,
            String department,
            String reason,
            String caseRef,
            String idempotencyKey) {
        Optional<Long> existing = mapper.idByKey(idempotencyKey);
        Measure measure = new Measure(
                existing.orElse(null),
                uscc,
                kind,
                LocalDate.now(clock),
                documentNo,
                department,
                reason,
                caseRef,
                "system",
                OffsetDateTime.now(clock),
                idempotencyKey);
        return existing.isPresent() ? measure : store(measure);
    }

    /**
     * The open proposals of measures of the enterprises in the account's scope, for managers only: they
     * decide on measures, and a proposal links to a tab only those who record measures see (a system
     * administrator is not among them).
     */
    public List<MeasureProposal> openProposals(Account account) {
        if (account == null || account.isEnterprise() || !account.has(Role.MANAGER)) {
            return List.of();
        }
        return mapper.openProposals(scopes.of(account));
    }

    private Measure store(Measure m) {
        Long id = mapper.insert(m);
        if (id == null) {
            return m;
        }
        Measure stored = new Measure(
                id,
                m.uscc(),
                m.kind(),
                m.decidedOn(),
                m.documentNo(),
                m.issuingDepartment(),
                m.reason(),
                m.caseRef(),
                m.recordedBy(),
                m.recordedAt(),
                m.idempotencyKey());
        mapper.closeProposals(m.uscc(), id, m.recordedAt());
        file.record(
                m.uscc(),
                "MEASURE",
                m.recordedBy(),
                texts.zh(
                        "consequence.text.measure",
                        texts.zh("measure.kind." + m.kind().name()),
                        m.documentNo(),
                        m.issuingDepartment(),
                        m.reason()),
                null,
                "measure:" + id);
        return stored;
    }

    private static MeasureKind kind(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidMeasure("kind", "measure.invalid.kind");
        }
        try {
            return MeasureKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidMeasure("kind", "measure.invalid.kind");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidMeasure(field, "measure.invalid.required");
        }
        if (value.strip().length() > max) {
            throw new InvalidMeasure(field, "measure.invalid.tooLong");
        }
        return value.strip();
    }

    private static void requireOfficial(Account account) {
        if (!mayRecord(account)) {
            throw new AccessDeniedException("measures are recorded by officials");
        }
    }
}
