package cn.safetygrading.facts.service;

import cn.safetygrading.base.i18n.Translations;
import cn.safetygrading.facts.domain.FactEntry;
import cn.safetygrading.facts.domain.FactField;
import cn.safetygrading.facts.domain.InvalidFact;
import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.persistence.FactColumn;
import cn.safetygrading.facts.persistence.FactMapper;
import cn.safetygrading.facts.persistence.FactRow;
import cn.safetygrading.ledger.domain.Department;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.Departments;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.ledger.service.ScopeService;
import cn.safetygrading.security.domain.Account;
import cn.safetygrading.security.domain.Role;
import cn.safetygrading.supervision.service.GradeEvents;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the facts of the enterprise file (domain §11). Who: the officials of the department that
 * works the enterprise (its 直接监管责任部门, ScopeService/Departments) and managers whose scope holds
 * it; an enterprise account never (403); an enterprise outside the scope does not exist (404). What
 * follows: the grade-event the fact is a ground for, and the risk level and credit grade decided again.
 * Nothing is changed or deleted: a correction is a new entry that supersedes the old one.
 */
@Service
public class FactService {

    private final FactMapper facts;
    private final LedgerService ledger;
    private final ScopeService scopes;
    private final Departments departments;
    private final GradeEvents gradeEvents;
    private final FactDecisions decisions;
    private final Translations translations;
    private final Clock clock;

    public FactService(
            FactMapper facts,
            LedgerService ledger,
            ScopeService scopes,
            Departments departments,
            GradeEvents gradeEvents,
            FactDecisions decisions,
            Translations translations,
            Clock clock) {
        this.facts = facts;
        this.ledger = ledger;
        this.scopes = scopes;
        this.departments = departments;
        this.gradeEvents = gradeEvents;
        this.decisions = decisions;
        this.translations = translations;
        this.clock = clock;
    }

    /** The register's entries, newest first, superseded ones included (and marked). */
    public List<FactEntry> list(Account account, String uscc, Register register) {
        requireReader(account, uscc);
        return facts.list(register.table(), uscc).stream()
                .map(row -> entry(register, row))
                .toList();
    }

    /** Whether the account may record facts about the enterprise (its scope holding it is assumed). */
    public boolean mayRecord(Account account, String uscc) {
        if (account == null
                || account.isEnterprise()
                || ledger.find(account, uscc).isEmpty()) {
            return false;
        }
        if (account.has(Role.MANAGER)) {
            return true;
        }
        Optional<Department> own = scopes.departmentOf(account);
        Optional<Department> owner = departments.responsibleFor(uscc);
        return own.isPresent()
                && owner.isPresent()
                && own.get().id().equals(owner.get().id());
    }

    /** Records a new entry; returns its id. */
    @Transactional
    public String record(Account account, String uscc, Register register, Map<String, Object> body) {
        requireRecorder(account, uscc);
        return save(account, uscc, register, FactValidator.columns(register, body, today()), null);
    }

    /** A correction: a new entry that supersedes the entry {@code id} (which must be in force). */
    @Transactional
    public String correct(Account account, String uscc, Register register, String id, Map<String, Object> body) {
        requireRecorder(account, uscc);
        FactRow old = facts.find(register.table(), uscc, id);
        if (old == null) {
            throw new FactNotFound("no entry " + id);
        }
        if (old.superseded()) {
            throw new InvalidFact("id", "facts.error.superseded");
        }
        return save(account, uscc, register, FactValidator.columns(register, body, today()), entry(register, old));
    }

    /** {@code PUT risk-facts}: the enterprise's risk facts as of now, superseding the ones in force. */
    @Transactional
    public String putRiskFacts(Account account, String uscc, Map<String, Object> body) {
        requireRecorder(account, uscc);
        Map<String, Object> columns = FactValidator.columns(Register.RISK_FACTS, body, today());
        FactEntry current = facts.list(Register.RISK_FACTS.table(), uscc).stream()
                .filter(row -> !row.superseded())
                .findFirst()
                .map(row -> entry(Register.RISK_FACTS, row))
                .orElse(null);
        return save(account, uscc, Register.RISK_FACTS, columns, current);
    }

    private String save(
            Account account, String uscc, Register register, Map<String, Object> columns, FactEntry superseded) {
        String id = UUID.randomUUID().toString();
        LocalDate occurredOn = (LocalDate) columns.get("occurred_on");
        String event = GradeGrounds.eventOf(
                register,
                columns,
                () -> facts.otherPenaltyBetween(
                        uscc, superseded == null ? id : superseded.id(), occurredOn.minusDays(365), occurredOn));
        List<FactColumn> values = columns.entrySet().stream()
                .map(c -> new FactColumn(c.getKey(), c.getValue()))
                .toList();
        facts.insert(register.table(), id, uscc, account.userId(), OffsetDateTime.now(clock), event, values);
        if (superseded != null && facts.supersede(register.table(), superseded.id(), id) == 0) {
            throw new InvalidFact("id", "facts.error.superseded");
        }
        if (event != null && (superseded == null || !event.equals(superseded.gradeEvent()))) {
            String document = columns.get("document_no") == null ? "—" : (String) columns.get("document_no");
            String note = translations.getTranslation(
                    "facts.note",
                    Translations.CHINESE,
                    translations.getTranslation(register.key(), Translations.CHINESE),
                    occurredOn.toString(),
                    document);
            gradeEvents.raise(uscc, event, note, register.path() + ":" + id, occurredOn);
        }
        decisions.factsChanged(uscc, register);
        return id;
    }

    void requireReader(Account account, String uscc) {
        if (account == null || account.isEnterprise()) {
            throw new FactAccessDenied("enterprises do not read the registers");
        }
        if (ledger.find(account, uscc).isEmpty()) {
            throw new FactNotFound("no such enterprise in scope");
        }
    }

    void requireRecorder(Account account, String uscc) {
        requireReader(account, uscc);
        if (!mayRecord(account, uscc)) {
            throw new FactAccessDenied("only the owning department and managers record facts");
        }
    }

    /** The enterprise in the account's scope, for a view. */
    public Optional<Enterprise> enterprise(Account account, String uscc) {
        return ledger.find(account, uscc);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static FactEntry entry(Register register, FactRow row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FactField field : register.fields()) {
            values.put(field.name(), value(field, row.columns().get(field.column())));
        }
        return new FactEntry(
                row.id(),
                row.uscc(),
                register,
                (LocalDate) values.get(register.dateField().name()),
                (String) row.columns().get("document_no"),
                row.recordedBy(),
                Objects.toString(row.recordedByName(), row.recordedBy()),
                row.recordedAt(),
                row.supersededBy(),
                row.gradeEvent(),
                values);
    }

    /** A column's JSON value as the field's Java type (as JDBC gave it: LocalDate, Integer, BigDecimal…). */
    private static Object value(FactField field, Object json) {
        if (json == null) {
            return null;
        }
        return switch (field.type()) {
            case DATE -> LocalDate.parse(json.toString());
            case INTEGER -> ((Number) json).intValue();
            case AMOUNT -> json instanceof BigDecimal d ? d : new BigDecimal(json.toString());
            default -> json;
        };
    }
}
