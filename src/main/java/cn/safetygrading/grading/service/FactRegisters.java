package cn.safetygrading.grading.service;

import java.time.LocalDate;
import java.util.Map;

/**
 * The fact registers of the enterprise file as the decisions read them, on the day they decide
 * (windows count from the day a fact happened). Implemented by the facts feature, which depends on
 * grading, not the other way round.
 */
public interface FactRegisters {

    /** {@code fatalAccidentWithin3Years}, {@code generalAccident} of {@code diagnosis-grade}. */
    Map<String, Object> diagnosisInputs(String uscc, LocalDate day);

    /**
     * The inputs of {@code risk-level}; {@code ledgerAssessedLevel} (the ledger's 风险等级) counts when
     * no risk facts are recorded.
     */
    Map<String, Object> riskInputs(String uscc, LocalDate day, String ledgerAssessedLevel);

    /** The inputs of {@code credit-grade}. */
    Map<String, Object> creditInputs(String uscc, LocalDate day);
}
