package cn.safetygrading.facts.service;

import cn.safetygrading.facts.domain.Register;
import cn.safetygrading.facts.persistence.FactMapper;
import cn.safetygrading.grading.service.Decisions;
import cn.safetygrading.grading.service.GradingFacts;
import cn.safetygrading.ledger.domain.Enterprise;
import cn.safetygrading.ledger.service.LedgerService;
import cn.safetygrading.supervision.service.SupervisionGridService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decides again what a changed register bears on: the risk level (kept on the enterprise's 包保
 * assignment, where supervision stores it) after an accident or new risk facts, and the credit grade
 * (kept on the enterprise) after an accident, a credit fact or a standardisation level.
 */
@Service
public class FactDecisions {

    private final GradingFacts gradingFacts;
    private final Decisions decisions;
    private final LedgerService ledger;
    private final SupervisionGridService supervision;
    private final FactMapper facts;
    private final Clock clock;

    public FactDecisions(
            GradingFacts gradingFacts,
            Decisions decisions,
            LedgerService ledger,
            SupervisionGridService supervision,
            FactMapper facts,
            Clock clock) {
        this.gradingFacts = gradingFacts;
        this.decisions = decisions;
        this.ledger = ledger;
        this.supervision = supervision;
        this.facts = facts;
        this.clock = clock;
    }

    void factsChanged(String uscc, Register register) {
        if (register == Register.ACCIDENTS || register == Register.RISK_FACTS) {
            riskLevel(uscc).ifPresent(level -> supervision.riskLevelDecided(uscc, level));
        }
        if (register == Register.ACCIDENTS || register == Register.CREDIT || register == Register.STANDARDIZATION) {
            creditGrade(uscc);
        }
    }

    /** The risk-level decision on today's registers (and the ledger's assessed level while none is recorded). */
    public Optional<String> riskLevel(String uscc) {
        String assessed = ledger.findForProcess(uscc).map(Enterprise::riskLevel).orElse(null);
        return decisions
                .single("risk-level", gradingFacts.riskInputs(uscc, assessed))
                .map(r -> (String) r.get("riskLevel"));
    }

    /** Decides the credit grade on today's registers and stores it; returns it. */
    public Optional<String> creditGrade(String uscc) {
        Optional<String> grade = decisions
                .single("credit-grade", gradingFacts.creditInputs(uscc))
                .map(r -> (String) r.get("creditGrade"));
        grade.ifPresent(g -> facts.saveCreditGrade(uscc, g, OffsetDateTime.now(clock)));
        return grade;
    }

    /** The credit grade last decided, or empty. */
    public Optional<String> storedCreditGrade(String uscc) {
        return Optional.ofNullable(facts.creditGrade(uscc)).map(String::strip);
    }
}
